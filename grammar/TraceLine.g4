/*
 * One line of a QEMU trace log or of QEMU's stderr, in every form QEMU writes it.
 * This grammar is the single source of truth for line syntax; docs/formats.md
 * describes the same forms for users.
 *
 * The line ending has already been removed by the reader, so EOF is the end of
 * the line. Parse entry point: `line`.
 */
grammar TraceLine;

line
    : ISO_TIME SP isoLine EOF                 # isoStamped     // QEMU >= 10.1 log backend, or stderr with -msg timestamp=on
    | INT AT INT stampedEvent EOF             # idStamped      // log backend (TID@S.US:) or SystemTap (PID@NS )
    | bareEvent SP? EOF                       # unstamped      // log backend with -msg timestamp=off
    | qemuMessage EOF                         # unstampedMessage
    ;

isoLine
    : event SP?                               # isoEvent
    | qemuMessage                             # isoMessage
    ;

stampedEvent
    : DOT INT COLON event SP?                 # logStamp       // TID@SECONDS.MICROS:event
    | SP event SP?                            # stapStamp      // PID@NANOSECONDS event
    ;

event
    : understoodEvent
    | otherEvent
    ;

// Without a prefix (-msg timestamp=off) any text could look like an event; an
// unknown event is only recognised there when its name has the shape of a QEMU
// trace event name (lower case with an underscore).
bareEvent
    : understoodEvent                # bareUnderstoodEvent
    | EVENT_NAME (SP unreadText)?    # bareOtherEvent
    ;

understoodEvent
    : VMSTATE_DOWNTIME_SAVE SP deviceArgs                       # deviceSave
    | VMSTATE_DOWNTIME_LOAD SP deviceArgs                       # deviceLoad
    | VMSTATE_DOWNTIME_CHECKPOINT SP checkpointName             # checkpoint
    | MIGRATE_SET_STATE SP NEW_STATE SP stateName               # stateChange
    | QEMU_SAVEVM_SEND_DOWNTIME SP limitAndSourceDowntime       # downtimeSent
    | LOADVM_HANDLE_SRC_DOWNTIME SP limitAndSourceDowntime      # downtimeReceived
    | QEMU_LOADVM_DOWNTIME_ABORT SP SWITCHOVER_ABORT_LIMIT number COMMA SP
          DESTINATION_DOWNTIME number COMMA SP SOURCE_DOWNTIME number # destinationAbort
    ;

// The arguments of an event this tool does not interpret are not read: any
// character is allowed there, control characters included, so such a line is
// an other event whatever its arguments hold (as the reader's prefilter,
// which never looks past the event name, counts it).
otherEvent
    : eventName (SP unreadText)?
    | nameAndMore unreadText
    ;

eventName
    : EVENT_NAME
    | NAME
    | ITERABLE
    | MS
    ;

// The lexer reads these literals of the grammar as one token wherever they
// appear, also where an event name stands ("5799@1795654067 new state x" is an
// event named "new"): the event's name is then the literal's first word, and
// the rest of the line is its unread arguments.
nameAndMore
    : NEW_STATE
    | MS_EXCEEDED_BY
    | SWITCHOVER_ABORT_LIMIT
    | SOURCE_DOWNTIME
    | DESTINATION_DOWNTIME
    | DOWNTIME_LIMIT_OF
    | WAS_REACHED
    | ABORT_LIMIT_REACHED
    ;

deviceArgs
    : TYPE_EQ sectionType SP IDSTR_EQ idstr SP INSTANCE_ID_EQ number SP DOWNTIME_EQ number
    ;

sectionType
    : ITERABLE
    | NON_ITERABLE
    ;

// An idstr is opaque text ("0000:00:02.0/vfio"); it may in principle hold
// spaces, so it runs up to the " instance_id=" that follows it.
idstr
    : idstrWord (SP idstrWord)*
    ;

idstrWord
    : (~(SP | INSTANCE_ID_EQ | EOF | CONTROL))+
    ;

// Checkpoint and state names are data, not an enum: any word is accepted.
checkpointName
    : word
    ;

stateName
    : word
    ;

limitAndSourceDowntime
    : SWITCHOVER_ABORT_LIMIT number COMMA SP SOURCE_DOWNTIME number
    ;

number
    : MINUS? INT
    ;

word
    : (~(SP | EOF | CONTROL))+
    ;

// Text that is kept and printed (QEMU's messages): no control characters, so a
// hostile line cannot send escape sequences to a user's terminal.
anyText
    : (~(EOF | CONTROL))*
    ;

unreadText
    : (~EOF)*
    ;

// ---------------------------------------------------------- QEMU stderr lines

// error_report() output: "[ISO time ]qemu-program: message".
qemuMessage
    : program COLON SP message
    ;

program
    : (SLASH | pathPart)* QEMU_PROGRAM
    ;

pathPart
    : (NAME | EVENT_NAME | INT | DOT | MINUS) + SLASH
    ;

message
    : ABORT_LIMIT_REACHED SP? LPAREN number SP MS RPAREN SP? WAS_REACHED SP? # abortLimitReached
    | DOWNTIME_LIMIT_OF SP number SP MS_EXCEEDED_BY SP number SP MS SP?       # downtimeLimitExceeded
    | anyText                                                                 # plainMessage
    ;

// --------------------------------------------------------------------- lexer

// Multi-word literals come first: a token that spans words keeps them out of
// the general NAME/EVENT_NAME vocabulary only where they appear together.
ABORT_LIMIT_REACHED         : 'Shutdown destination migration, migration abort_limit' ;
WAS_REACHED                 : 'was reached.' ;
DOWNTIME_LIMIT_OF           : 'Downtime Limit of' ;
MS_EXCEEDED_BY              : 'ms exceeded by' ;
SWITCHOVER_ABORT_LIMIT      : 'switchover abort limit=' ;
SOURCE_DOWNTIME             : 'source downtime=' ;
DESTINATION_DOWNTIME        : 'destination downtime=' ;
NEW_STATE                   : 'new state' ;

VMSTATE_DOWNTIME_SAVE       : 'vmstate_downtime_save' ;
VMSTATE_DOWNTIME_LOAD       : 'vmstate_downtime_load' ;
VMSTATE_DOWNTIME_CHECKPOINT : 'vmstate_downtime_checkpoint' ;
MIGRATE_SET_STATE           : 'migrate_set_state' ;
QEMU_SAVEVM_SEND_DOWNTIME   : 'qemu_savevm_send_downtime' ;
LOADVM_HANDLE_SRC_DOWNTIME  : 'loadvm_handle_src_downtime' ;
QEMU_LOADVM_DOWNTIME_ABORT  : 'qemu_loadvm_downtime_abort' ;

TYPE_EQ                     : 'type=' ;
IDSTR_EQ                    : 'idstr=' ;
INSTANCE_ID_EQ              : 'instance_id=' ;
DOWNTIME_EQ                 : 'downtime=' ;
ITERABLE                    : 'iterable' ;
NON_ITERABLE                : 'non-iterable' ;
MS                          : 'ms' ;

ISO_TIME
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT
      'T' DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT ('.' DIGIT+)? 'Z'
    ;

// qemu-system-x86_64, qemu-kvm, qemu-system-aarch64 ...
QEMU_PROGRAM : 'qemu' ('-' [a-zA-Z0-9_.]+)+ ;

INT        : DIGIT+ ;
EVENT_NAME : [a-z] [a-z0-9]* ('_' [a-z0-9]+)+ ;
NAME       : [a-zA-Z_] [a-zA-Z0-9_]* ;

AT     : '@' ;
DOT    : '.' ;
COLON  : ':' ;
COMMA  : ',' ;
MINUS  : '-' ;
SLASH  : '/' ;
LPAREN : '(' ;
RPAREN : ')' ;
SP     : [ \t]+ ;

// Any other printable character is part of some opaque text. Control
// characters (NUL included) are only accepted in the unread arguments of an
// other event; anywhere else the line is rejected.
OTHER   : ~[\u0000-\u0008\u000A-\u001F\u007F] ;
CONTROL : [\u0000-\u0008\u000A-\u001F\u007F] ;

fragment DIGIT : [0-9] ;
