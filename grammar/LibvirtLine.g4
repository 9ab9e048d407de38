/*
 * libvirt's own lines in a domain log (/var/log/libvirt/qemu/GUEST.log): the lines libvirt stamps
 * itself ("2026-11-26 01:05:21.699+0000: starting up libvirt version: ...") and the option lines of
 * the QEMU command line it logs before starting QEMU ("-uuid 5f0c1a5e-... \"). QEMU's own lines in
 * the same file (trace events, stderr messages) belong to TraceLine.g4. docs/libvirt-logs.md
 * describes the same forms for users.
 *
 * The line ending has already been removed by the reader, so EOF is the end of the line. Parse
 * entry point: `line`.
 */
grammar LibvirtLine;

line
    : LIBVIRT_TIME COLON SP message EOF        # stampedLine
    | option EOF                               # optionLine
    ;

// What libvirt writes after its timestamp. Only three messages mark a QEMU process's life; any
// other ("Domain id=2 is tainted: ...") is read as text. A line that starts like one of the
// three but does not continue like it is an error, not other text.
message
    : STARTING_UP (SP versions?)?                            # startingUp
    | SHUTTING_DOWN (COMMA SP REASON_EQ reason=word)? SP?    # shuttingDown
    | INITIATING_MIGRATION SP?                               # initiatingMigration
    | ~(STARTING_UP | SHUTTING_DOWN | INITIATING_MIGRATION | EOF) anyText   # otherMessage
    ;

// "libvirt version: 11.3.0, package: 11.3.0-2~bpo12+1 (Debian), qemu version: 10.0.2Debian
// 1:10.0.2+ds-2+deb13u1~bpo12+1, kernel: 6.18.44-fc-v595, hostname: vm". libvirt prints QEMU's
// version as %d.%d.%d immediately followed by QEMU's package string. A value runs up to the next
// key, so it may hold commas and colons.
versions
    : LIBVIRT_VERSION_KEY libvirtVersion=fieldValue
      (PACKAGE_KEY libvirtPackage=fieldValue)?
      QEMU_VERSION_KEY qemuVersion=version qemuPackage=fieldValue
      (KERNEL_KEY kernel=fieldValue)?
      (HOSTNAME_KEY hostname=fieldValue)?
    ;

version
    : INT DOT INT DOT INT
    ;

fieldValue
    : (~(LIBVIRT_VERSION_KEY | PACKAGE_KEY | QEMU_VERSION_KEY | KERNEL_KEY | HOSTNAME_KEY | EOF))*
    ;

// ------------------------------------------------------------- QEMU command line

// libvirt logs QEMU's command line one argument per line, each but the last ending in " \", and
// quotes an argument for the shell ('...', a quote inside as '\'') when it needs it. Only the
// options that say which guest this is and why QEMU was started are read; any other option
// line is read as text.
option
    : NAME_OPTION SP guestNameArgument continuation?         # nameOption
    | UUID_OPTION SP UUID continuation?                      # uuidOption
    | INCOMING_OPTION SP incomingArgument continuation?      # incomingOption
    | PAUSED_OPTION continuation?                            # pausedOption
    | OPTION (SP anyText)?                                   # otherOption
    ;

continuation
    : SP BACKSLASH
    ;

// -name [guest=]NAME[,process=...][,debug-threads=on]; QEMU doubles a comma inside a value.
guestNameArgument
    : QUOTE GUEST_EQ? quotedValue (COMMA quotedValue)* QUOTE     # quotedGuestName
    | GUEST_EQ? plainValue (COMMA plainValue)*                   # plainGuestName
    ;

// -incoming defer | tcp:[::]:49152 | unix:/path | '{"channel-type": ...}'
incomingArgument
    : QUOTE quotedText QUOTE                   # quotedIncoming
    | plainText                                # plainIncoming
    ;

plainValue
    : (~(COMMA | SP | QUOTE | ESCAPED_QUOTE | EOF))+
    ;

quotedValue
    : (~(COMMA | QUOTE | EOF))+
    ;

plainText
    : (~(SP | QUOTE | ESCAPED_QUOTE | EOF))+
    ;

quotedText
    : (~(QUOTE | EOF))+
    ;

word
    : (~(SP | EOF))+
    ;

anyText
    : (~EOF)*
    ;

// --------------------------------------------------------------------- lexer

// libvirt's virTimeStringNow(): UTC with milliseconds, "2026-11-26 01:05:21.699+0000".
LIBVIRT_TIME
    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ' '
      DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT '.' DIGIT DIGIT DIGIT [+-] DIGIT DIGIT DIGIT DIGIT
    ;

STARTING_UP          : 'starting up' ;
SHUTTING_DOWN        : 'shutting down' ;
INITIATING_MIGRATION : 'initiating migration' ;
REASON_EQ            : 'reason=' ;

LIBVIRT_VERSION_KEY  : 'libvirt version: ' ;
PACKAGE_KEY          : ', package: ' ;
QEMU_VERSION_KEY     : ', qemu version: ' ;
KERNEL_KEY           : ', kernel: ' ;
HOSTNAME_KEY         : ', hostname: ' ;

// Literal options come before OPTION: on a tie the first rule wins.
NAME_OPTION     : '-name' ;
UUID_OPTION     : '-uuid' ;
INCOMING_OPTION : '-incoming' ;
PAUSED_OPTION   : '-S' ;
OPTION          : '-' [a-zA-Z] [a-zA-Z0-9_-]* ;
GUEST_EQ        : 'guest=' ;

UUID
    : HEX HEX HEX HEX HEX HEX HEX HEX '-' HEX HEX HEX HEX '-' HEX HEX HEX HEX '-' HEX HEX HEX HEX '-'
      HEX HEX HEX HEX HEX HEX HEX HEX HEX HEX HEX HEX
    ;

// ",," is one comma inside a QEMU option value; "'\''" is one quote inside a shell-quoted word.
ESCAPED_COMMA : ',,' ;
ESCAPED_QUOTE : '\'\\\'\'' ;
QUOTE         : '\'' ;
BACKSLASH     : '\\' ;

INT   : DIGIT+ ;
NAME  : [a-zA-Z_] [a-zA-Z0-9_]* ;
COLON : ':' ;
COMMA : ',' ;
DOT   : '.' ;
SP    : [ \t]+ ;

// Any other printable character is part of some text. Control characters match no rule: the
// lexer reports them and the line is rejected.
OTHER : ~[\u0000-\u0008\u000A-\u001F\u007F] ;

fragment DIGIT : [0-9] ;
fragment HEX   : [0-9a-fA-F] ;
