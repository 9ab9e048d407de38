/*
 * One line of QEMU's HMP `info migrate` output, in both its forms: QEMU up to 10.0
 * ("downtime: 483 ms", one figure per line) and QEMU 10.1 and later
 * ("Time (ms):  total=35, setup=2, exp_down=300, down=4"). Only the lines that carry a figure this
 * tool compares are read; any other line is text. A line that starts with a known label but does
 * not continue like it is an error. docs/cross-checks.md says what each figure means.
 *
 * The line ending has already been removed, so EOF is the end of the line. Entry point: `line`.
 */
grammar InfoMigrate;

line
    : MIGRATION_STATUS SP statusValue EOF               # legacyStatus
    | TOTAL_TIME SP milliseconds EOF                    # legacyTotalTime
    | EXPECTED_DOWNTIME SP milliseconds EOF             # legacyExpectedDowntime
    | DOWNTIME SP milliseconds EOF                      # legacyDowntime
    | SETUP SP milliseconds EOF                         # legacySetup
    | DOWNTIME_RAM SP INT SP KBYTES SP? EOF             # legacyDowntimeRam
    | STATUS SP statusValue EOF                         # status
    | TIME_MS SP timeItem (SEP timeItem)* SP? EOF       # times
    | SP? OTHERS SP otherItem (SEP otherItem)* SP? EOF  # ramOthers
    | SP? EOF                                           # blankLine
    | ~(MIGRATION_STATUS | TOTAL_TIME | EXPECTED_DOWNTIME | DOWNTIME | SETUP | DOWNTIME_RAM | STATUS
        | TIME_MS | OTHERS | SP | EOF) (~EOF)*          # otherLine
    | SP ~(OTHERS | EOF) (~EOF)*                        # otherIndentedLine
    ;

// "completed", or "failed (the error)".
statusValue
    : WORD (SP (~EOF)*)?
    ;

milliseconds
    : INT SP MS SP?
    ;

// QEMU prints total, then setup, exp_down and down when it has them; an item it may add later is kept as text.
timeItem
    : TOTAL EQ INT                                      # totalTime
    | SETUP_KEY EQ INT                                  # setupTime
    | EXP_DOWN EQ INT                                   # expectedDowntime
    | DOWN EQ INT                                       # downtime
    | ~(TOTAL | SETUP_KEY | EXP_DOWN | DOWN | SEP | SP | EOF) (~(SEP | SP | EOF))*   # otherTime
    ;

otherItem
    : DOWNTIME_BYTES EQ INT                             # downtimeBytes
    | ~(DOWNTIME_BYTES | SEP | SP | EOF) (~(SEP | SP | EOF))*   # otherFigure
    ;

// Labels with their colon come first: on a tie with WORD the first rule wins.
MIGRATION_STATUS  : 'Migration status:' ;
TOTAL_TIME        : 'total time:' ;
EXPECTED_DOWNTIME : 'expected downtime:' ;
DOWNTIME          : 'downtime:' ;
SETUP             : 'setup:' ;
DOWNTIME_RAM      : 'downtime ram:' ;
STATUS            : 'Status:' ;
TIME_MS           : 'Time (ms):' ;
OTHERS            : 'Others:' ;

TOTAL             : 'total' ;
SETUP_KEY         : 'setup' ;
EXP_DOWN          : 'exp_down' ;
DOWN              : 'down' ;
DOWNTIME_BYTES    : 'downtime_bytes' ;
MS                : 'ms' ;
KBYTES            : 'kbytes' ;
EQ                : '=' ;
SEP               : ', ' ;

INT  : [0-9]+ ;
SP   : [ \t]+ ;
// Any other run of printable characters without '=' or ", ".
WORD : (~[ ,=\t\u0000-\u001F\u007F] | ',' ~[ =\t\u0000-\u001F\u007F])+ ;
// A comma not followed by a space.
COMMA : ',' ;
