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
    | bareEventName (SP unreadText)? # bareOtherEvent
    ;

// EVENT_NAME, and the grammar's one-word literals that have its shape.
bareEventName
    : EVENT_NAME
    | TIME_SPENT
    | SWITCHOVER_BW
    | MAX_SIZE
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
    // QEMU's switchover decision and the sections of the stream (migration/trace-events, QEMU 8.2 and
    // later; migrate_transferred without switchover_bw as QEMU 8.0 and 8.1 print it)
    | MIGRATE_TRANSFERRED SP TRANSFERRED SP number SP TIME_SPENT SP number SP BANDWIDTH SP number
          (SP SWITCHOVER_BW SP number)? SP MAX_SIZE SP number    # bandwidthEstimate
    | MIGRATE_PENDING_ESTIMATE SP ESTIMATE_PENDING_SIZE SP pendingSizes # pendingEstimate
    | MIGRATE_PENDING_EXACT SP EXACT_PENDING_SIZE SP pendingSizes       # pendingExact
    | MIGRATION_THREAD_LOW_PENDING SP number                            # switchoverDecision
    | SAVEVM_SECTION_START SP savedIdstr SECTION_ID SP number            # sectionSaveStart
    | SAVEVM_SECTION_END SP savedIdstr SECTION_ID SP number SP ARROW SP number # sectionSaveEnd
    | QEMU_LOADVM_STATE_SECTION SP number                               # sectionRead
    | QEMU_LOADVM_STATE_SECTION_STARTFULL SP number LPAREN loadedIdstr RPAREN SP number SP number # sectionLoadStart
    | QEMU_LOADVM_STATE_SECTION_PARTEND SP number                       # sectionLoadPartEnd
    | loadResultName SP number                                          # loadResult
    | LOADVM_PROCESS_COMMAND SP COM_EQ commandName SP LEN_EQ number     # commandReceived
    | migrationStep                                                     # step
    ;

// Events without arguments: steps of saving (source) and loading (destination) the state.
migrationStep
    : SAVEVM_STATE_SETUP
    | SAVEVM_STATE_HEADER
    | SAVEVM_STATE_ITERATE
    | SAVEVM_STATE_COMPLETE_PRECOPY
    | SAVEVM_STATE_CLEANUP
    | SAVEVM_STATE_RESUME_PREPARE
    | SAVEVM_SEND_SWITCHOVER_START
    | LOADVM_STATE_SETUP
    | LOADVM_STATE_CLEANUP
    ;

// The destination's return values: processing a command section, and its whole load loop.
loadResultName
    : QEMU_LOADVM_STATE_SECTION_COMMAND
    | QEMU_LOADVM_STATE_POST_MAIN
    ;

// "size (pre = precopy post=postcopy)", QEMU's own spacing.
pendingSizes
    : number SP LPAREN PRE_EQ SP number SP POST_EQ number RPAREN
    ;

// savevm_section_*: "%s, section_id %u": the id string runs up to ", section_id".
savedIdstr
    : (~(SECTION_ID | EOF | CONTROL))+
    ;

// qemu_loadvm_state_section_startfull: "%u(%s) %u %u": the id string runs to the last ")" that
// the instance and version ids follow.
loadedIdstr
    : (~(EOF | CONTROL))+?
    ;

commandName
    : word
    ;

// The arguments of an event this tool does not interpret are not read: any
// character is allowed there, control characters included, so such a line is
// an other event whatever its arguments hold (as the reader's prefilter,
// which never looks past the event name, counts it).
otherEvent
    : eventName (SP unreadText)?
    | nameAndMore unreadText
    ;

// A name, and the grammar's one-word literals, which the lexer reads as tokens of their own
// wherever they stand.
eventName
    : EVENT_NAME
    | NAME
    | ITERABLE
    | MS
    | TRANSFERRED
    | TIME_SPENT
    | BANDWIDTH
    | SWITCHOVER_BW
    | MAX_SIZE
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
    | ESTIMATE_PENDING_SIZE
    | EXACT_PENDING_SIZE
    | PRE_EQ
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
    : (eventName | INT | DOT | MINUS) + SLASH
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
ESTIMATE_PENDING_SIZE       : 'estimate pending size' ;
EXACT_PENDING_SIZE          : 'exact pending size' ;
PRE_EQ                      : 'pre =' ;
SECTION_ID                  : ', section_id' ;

VMSTATE_DOWNTIME_SAVE       : 'vmstate_downtime_save' ;
VMSTATE_DOWNTIME_LOAD       : 'vmstate_downtime_load' ;
VMSTATE_DOWNTIME_CHECKPOINT : 'vmstate_downtime_checkpoint' ;
MIGRATE_SET_STATE           : 'migrate_set_state' ;
QEMU_SAVEVM_SEND_DOWNTIME   : 'qemu_savevm_send_downtime' ;
LOADVM_HANDLE_SRC_DOWNTIME  : 'loadvm_handle_src_downtime' ;
QEMU_LOADVM_DOWNTIME_ABORT  : 'qemu_loadvm_downtime_abort' ;
MIGRATE_TRANSFERRED         : 'migrate_transferred' ;
MIGRATE_PENDING_ESTIMATE    : 'migrate_pending_estimate' ;
MIGRATE_PENDING_EXACT       : 'migrate_pending_exact' ;
MIGRATION_THREAD_LOW_PENDING : 'migration_thread_low_pending' ;
SAVEVM_SECTION_START        : 'savevm_section_start' ;
SAVEVM_SECTION_END          : 'savevm_section_end' ;
SAVEVM_STATE_SETUP          : 'savevm_state_setup' ;
SAVEVM_STATE_HEADER         : 'savevm_state_header' ;
SAVEVM_STATE_ITERATE        : 'savevm_state_iterate' ;
SAVEVM_STATE_COMPLETE_PRECOPY : 'savevm_state_complete_precopy' ;
SAVEVM_STATE_CLEANUP        : 'savevm_state_cleanup' ;
SAVEVM_STATE_RESUME_PREPARE : 'savevm_state_resume_prepare' ;
SAVEVM_SEND_SWITCHOVER_START : 'savevm_send_switchover_start' ;
QEMU_LOADVM_STATE_SECTION   : 'qemu_loadvm_state_section' ;
QEMU_LOADVM_STATE_SECTION_STARTFULL : 'qemu_loadvm_state_section_startfull' ;
QEMU_LOADVM_STATE_SECTION_PARTEND : 'qemu_loadvm_state_section_partend' ;
QEMU_LOADVM_STATE_SECTION_COMMAND : 'qemu_loadvm_state_section_command' ;
QEMU_LOADVM_STATE_POST_MAIN : 'qemu_loadvm_state_post_main' ;
LOADVM_STATE_SETUP          : 'loadvm_state_setup' ;
LOADVM_STATE_CLEANUP        : 'loadvm_state_cleanup' ;
LOADVM_PROCESS_COMMAND      : 'loadvm_process_command' ;

TYPE_EQ                     : 'type=' ;
IDSTR_EQ                    : 'idstr=' ;
INSTANCE_ID_EQ              : 'instance_id=' ;
DOWNTIME_EQ                 : 'downtime=' ;
ITERABLE                    : 'iterable' ;
NON_ITERABLE                : 'non-iterable' ;
MS                          : 'ms' ;
TRANSFERRED                 : 'transferred' ;
TIME_SPENT                  : 'time_spent' ;
BANDWIDTH                   : 'bandwidth' ;
SWITCHOVER_BW               : 'switchover_bw' ;
MAX_SIZE                    : 'max_size' ;
POST_EQ                     : 'post=' ;
COM_EQ                      : 'com=' ;
LEN_EQ                      : 'len=' ;
ARROW                       : '->' ;

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
