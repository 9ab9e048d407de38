/*
 * One line of `virsh domjobinfo DOMAIN [--completed]` output, as virsh prints it in the C locale
 * ("Total downtime:   38           ms"). Only the lines that carry a migration figure this tool
 * compares are read; any other line ("Data processed: 3.503 MiB") is text. A line that starts
 * with a known label but does not continue like it is an error. docs/cross-checks.md says what
 * each figure means.
 *
 * The line ending has already been removed, so EOF is the end of the line. Entry point: `line`.
 */
grammar DomJobInfo;

line
    : JOB_TYPE SP words SP? EOF                         # jobType
    | OPERATION SP operationName SP? EOF                # operation
    | TIME_ELAPSED SP milliseconds EOF                  # timeElapsed
    | TIME_ELAPSED_NET SP milliseconds EOF              # timeElapsedWithoutNetwork
    | EXPECTED_DOWNTIME SP milliseconds EOF             # expectedDowntime
    | TOTAL_DOWNTIME SP milliseconds EOF                # totalDowntime
    | DOWNTIME_NET SP milliseconds EOF                  # downtimeWithoutNetwork
    | SETUP_TIME SP milliseconds EOF                    # setupTime
    | SP? EOF                                           # blankLine
    | ~(JOB_TYPE | OPERATION | TIME_ELAPSED | TIME_ELAPSED_NET | EXPECTED_DOWNTIME | TOTAL_DOWNTIME
        | DOWNTIME_NET | SETUP_TIME | SP | EOF) (~EOF)*   # otherLine
    ;

milliseconds
    : INT SP MS SP?
    ;

operationName
    : OUTGOING_MIGRATION                                # outgoing
    | INCOMING_MIGRATION                                # incoming
    | words                                             # otherOperation
    ;

words
    : WORD (SP WORD)*
    ;

JOB_TYPE           : 'Job type:' ;
OPERATION          : 'Operation:' ;
TIME_ELAPSED       : 'Time elapsed:' ;
TIME_ELAPSED_NET   : 'Time elapsed w/o network:' ;
EXPECTED_DOWNTIME  : 'Expected downtime:' ;
TOTAL_DOWNTIME     : 'Total downtime:' ;
DOWNTIME_NET       : 'Downtime w/o network:' ;
SETUP_TIME         : 'Setup time:' ;
OUTGOING_MIGRATION : 'Outgoing migration' ;
INCOMING_MIGRATION : 'Incoming migration' ;
MS                 : 'ms' ;

INT  : [0-9]+ ;
SP   : [ \t]+ ;
// Any other run of printable characters.
WORD : ~[ \t\u0000-\u001F\u007F]+ ;
