// Generated from TraceLine.g4 by ANTLR 4.13.2
package io.downtime.grammar;
import org.antlr.v4.runtime.atn.*;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.misc.*;
import org.antlr.v4.runtime.tree.*;
import java.util.List;
import java.util.Iterator;
import java.util.ArrayList;

@SuppressWarnings({"all", "warnings", "unchecked", "unused", "cast", "CheckReturnValue", "this-escape"})
public class TraceLineParser extends Parser {
	static { RuntimeMetaData.checkVersion("4.13.2", RuntimeMetaData.VERSION); }

	protected static final DFA[] _decisionToDFA;
	protected static final PredictionContextCache _sharedContextCache =
		new PredictionContextCache();
	public static final int
		ABORT_LIMIT_REACHED=1, WAS_REACHED=2, DOWNTIME_LIMIT_OF=3, MS_EXCEEDED_BY=4, 
		SWITCHOVER_ABORT_LIMIT=5, SOURCE_DOWNTIME=6, DESTINATION_DOWNTIME=7, NEW_STATE=8, 
		VMSTATE_DOWNTIME_SAVE=9, VMSTATE_DOWNTIME_LOAD=10, VMSTATE_DOWNTIME_CHECKPOINT=11, 
		MIGRATE_SET_STATE=12, QEMU_SAVEVM_SEND_DOWNTIME=13, LOADVM_HANDLE_SRC_DOWNTIME=14, 
		QEMU_LOADVM_DOWNTIME_ABORT=15, TYPE_EQ=16, IDSTR_EQ=17, INSTANCE_ID_EQ=18, 
		DOWNTIME_EQ=19, ITERABLE=20, NON_ITERABLE=21, MS=22, ISO_TIME=23, QEMU_PROGRAM=24, 
		INT=25, EVENT_NAME=26, NAME=27, AT=28, DOT=29, COLON=30, COMMA=31, MINUS=32, 
		SLASH=33, LPAREN=34, RPAREN=35, SP=36, OTHER=37;
	public static final int
		RULE_line = 0, RULE_isoLine = 1, RULE_stampedEvent = 2, RULE_event = 3, 
		RULE_bareEvent = 4, RULE_understoodEvent = 5, RULE_otherEvent = 6, RULE_eventName = 7, 
		RULE_deviceArgs = 8, RULE_sectionType = 9, RULE_idstr = 10, RULE_idstrWord = 11, 
		RULE_checkpointName = 12, RULE_stateName = 13, RULE_limitAndSourceDowntime = 14, 
		RULE_number = 15, RULE_word = 16, RULE_anyText = 17, RULE_qemuMessage = 18, 
		RULE_program = 19, RULE_pathPart = 20, RULE_message = 21;
	private static String[] makeRuleNames() {
		return new String[] {
			"line", "isoLine", "stampedEvent", "event", "bareEvent", "understoodEvent", 
			"otherEvent", "eventName", "deviceArgs", "sectionType", "idstr", "idstrWord", 
			"checkpointName", "stateName", "limitAndSourceDowntime", "number", "word", 
			"anyText", "qemuMessage", "program", "pathPart", "message"
		};
	}
	public static final String[] ruleNames = makeRuleNames();

	private static String[] makeLiteralNames() {
		return new String[] {
			null, "'Shutdown destination migration, migration abort_limit'", "'was reached.'", 
			"'Downtime Limit of'", "'ms exceeded by'", "'switchover abort limit='", 
			"'source downtime='", "'destination downtime='", "'new state'", "'vmstate_downtime_save'", 
			"'vmstate_downtime_load'", "'vmstate_downtime_checkpoint'", "'migrate_set_state'", 
			"'qemu_savevm_send_downtime'", "'loadvm_handle_src_downtime'", "'qemu_loadvm_downtime_abort'", 
			"'type='", "'idstr='", "'instance_id='", "'downtime='", "'iterable'", 
			"'non-iterable'", "'ms'", null, null, null, null, null, "'@'", "'.'", 
			"':'", "','", "'-'", "'/'", "'('", "')'"
		};
	}
	private static final String[] _LITERAL_NAMES = makeLiteralNames();
	private static String[] makeSymbolicNames() {
		return new String[] {
			null, "ABORT_LIMIT_REACHED", "WAS_REACHED", "DOWNTIME_LIMIT_OF", "MS_EXCEEDED_BY", 
			"SWITCHOVER_ABORT_LIMIT", "SOURCE_DOWNTIME", "DESTINATION_DOWNTIME", 
			"NEW_STATE", "VMSTATE_DOWNTIME_SAVE", "VMSTATE_DOWNTIME_LOAD", "VMSTATE_DOWNTIME_CHECKPOINT", 
			"MIGRATE_SET_STATE", "QEMU_SAVEVM_SEND_DOWNTIME", "LOADVM_HANDLE_SRC_DOWNTIME", 
			"QEMU_LOADVM_DOWNTIME_ABORT", "TYPE_EQ", "IDSTR_EQ", "INSTANCE_ID_EQ", 
			"DOWNTIME_EQ", "ITERABLE", "NON_ITERABLE", "MS", "ISO_TIME", "QEMU_PROGRAM", 
			"INT", "EVENT_NAME", "NAME", "AT", "DOT", "COLON", "COMMA", "MINUS", 
			"SLASH", "LPAREN", "RPAREN", "SP", "OTHER"
		};
	}
	private static final String[] _SYMBOLIC_NAMES = makeSymbolicNames();
	public static final Vocabulary VOCABULARY = new VocabularyImpl(_LITERAL_NAMES, _SYMBOLIC_NAMES);

	/**
	 * @deprecated Use {@link #VOCABULARY} instead.
	 */
	@Deprecated
	public static final String[] tokenNames;
	static {
		tokenNames = new String[_SYMBOLIC_NAMES.length];
		for (int i = 0; i < tokenNames.length; i++) {
			tokenNames[i] = VOCABULARY.getLiteralName(i);
			if (tokenNames[i] == null) {
				tokenNames[i] = VOCABULARY.getSymbolicName(i);
			}

			if (tokenNames[i] == null) {
				tokenNames[i] = "<INVALID>";
			}
		}
	}

	@Override
	@Deprecated
	public String[] getTokenNames() {
		return tokenNames;
	}

	@Override

	public Vocabulary getVocabulary() {
		return VOCABULARY;
	}

	@Override
	public String getGrammarFileName() { return "TraceLine.g4"; }

	@Override
	public String[] getRuleNames() { return ruleNames; }

	@Override
	public String getSerializedATN() { return _serializedATN; }

	@Override
	public ATN getATN() { return _ATN; }

	public TraceLineParser(TokenStream input) {
		super(input);
		_interp = new ParserATNSimulator(this,_ATN,_decisionToDFA,_sharedContextCache);
	}

	@SuppressWarnings("CheckReturnValue")
	public static class LineContext extends ParserRuleContext {
		public LineContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_line; }
	 
		public LineContext() { }
		public void copyFrom(LineContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class UnstampedMessageContext extends LineContext {
		public QemuMessageContext qemuMessage() {
			return getRuleContext(QemuMessageContext.class,0);
		}
		public TerminalNode EOF() { return getToken(TraceLineParser.EOF, 0); }
		public UnstampedMessageContext(LineContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitUnstampedMessage(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class UnstampedContext extends LineContext {
		public BareEventContext bareEvent() {
			return getRuleContext(BareEventContext.class,0);
		}
		public TerminalNode EOF() { return getToken(TraceLineParser.EOF, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public UnstampedContext(LineContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitUnstamped(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IsoStampedContext extends LineContext {
		public TerminalNode ISO_TIME() { return getToken(TraceLineParser.ISO_TIME, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public IsoLineContext isoLine() {
			return getRuleContext(IsoLineContext.class,0);
		}
		public TerminalNode EOF() { return getToken(TraceLineParser.EOF, 0); }
		public IsoStampedContext(LineContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitIsoStamped(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IdStampedContext extends LineContext {
		public List<TerminalNode> INT() { return getTokens(TraceLineParser.INT); }
		public TerminalNode INT(int i) {
			return getToken(TraceLineParser.INT, i);
		}
		public TerminalNode AT() { return getToken(TraceLineParser.AT, 0); }
		public StampedEventContext stampedEvent() {
			return getRuleContext(StampedEventContext.class,0);
		}
		public TerminalNode EOF() { return getToken(TraceLineParser.EOF, 0); }
		public IdStampedContext(LineContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitIdStamped(this);
			else return visitor.visitChildren(this);
		}
	}

	public final LineContext line() throws RecognitionException {
		LineContext _localctx = new LineContext(_ctx, getState());
		enterRule(_localctx, 0, RULE_line);
		int _la;
		try {
			setState(64);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,1,_ctx) ) {
			case 1:
				_localctx = new IsoStampedContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(44);
				match(ISO_TIME);
				setState(45);
				match(SP);
				setState(46);
				isoLine();
				setState(47);
				match(EOF);
				}
				break;
			case 2:
				_localctx = new IdStampedContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(49);
				match(INT);
				setState(50);
				match(AT);
				setState(51);
				match(INT);
				setState(52);
				stampedEvent();
				setState(53);
				match(EOF);
				}
				break;
			case 3:
				_localctx = new UnstampedContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(55);
				bareEvent();
				setState(57);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(56);
					match(SP);
					}
				}

				setState(59);
				match(EOF);
				}
				break;
			case 4:
				_localctx = new UnstampedMessageContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(61);
				qemuMessage();
				setState(62);
				match(EOF);
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class IsoLineContext extends ParserRuleContext {
		public IsoLineContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_isoLine; }
	 
		public IsoLineContext() { }
		public void copyFrom(IsoLineContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IsoEventContext extends IsoLineContext {
		public EventContext event() {
			return getRuleContext(EventContext.class,0);
		}
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public IsoEventContext(IsoLineContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitIsoEvent(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IsoMessageContext extends IsoLineContext {
		public QemuMessageContext qemuMessage() {
			return getRuleContext(QemuMessageContext.class,0);
		}
		public IsoMessageContext(IsoLineContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitIsoMessage(this);
			else return visitor.visitChildren(this);
		}
	}

	public final IsoLineContext isoLine() throws RecognitionException {
		IsoLineContext _localctx = new IsoLineContext(_ctx, getState());
		enterRule(_localctx, 2, RULE_isoLine);
		int _la;
		try {
			setState(71);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,3,_ctx) ) {
			case 1:
				_localctx = new IsoEventContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(66);
				event();
				setState(68);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(67);
					match(SP);
					}
				}

				}
				break;
			case 2:
				_localctx = new IsoMessageContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(70);
				qemuMessage();
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StampedEventContext extends ParserRuleContext {
		public StampedEventContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_stampedEvent; }
	 
		public StampedEventContext() { }
		public void copyFrom(StampedEventContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class LogStampContext extends StampedEventContext {
		public TerminalNode DOT() { return getToken(TraceLineParser.DOT, 0); }
		public TerminalNode INT() { return getToken(TraceLineParser.INT, 0); }
		public TerminalNode COLON() { return getToken(TraceLineParser.COLON, 0); }
		public EventContext event() {
			return getRuleContext(EventContext.class,0);
		}
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public LogStampContext(StampedEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitLogStamp(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StapStampContext extends StampedEventContext {
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public EventContext event() {
			return getRuleContext(EventContext.class,0);
		}
		public StapStampContext(StampedEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitStapStamp(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StampedEventContext stampedEvent() throws RecognitionException {
		StampedEventContext _localctx = new StampedEventContext(_ctx, getState());
		enterRule(_localctx, 4, RULE_stampedEvent);
		int _la;
		try {
			setState(85);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case DOT:
				_localctx = new LogStampContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(73);
				match(DOT);
				setState(74);
				match(INT);
				setState(75);
				match(COLON);
				setState(76);
				event();
				setState(78);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(77);
					match(SP);
					}
				}

				}
				break;
			case SP:
				_localctx = new StapStampContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(80);
				match(SP);
				setState(81);
				event();
				setState(83);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(82);
					match(SP);
					}
				}

				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class EventContext extends ParserRuleContext {
		public UnderstoodEventContext understoodEvent() {
			return getRuleContext(UnderstoodEventContext.class,0);
		}
		public OtherEventContext otherEvent() {
			return getRuleContext(OtherEventContext.class,0);
		}
		public EventContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_event; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitEvent(this);
			else return visitor.visitChildren(this);
		}
	}

	public final EventContext event() throws RecognitionException {
		EventContext _localctx = new EventContext(_ctx, getState());
		enterRule(_localctx, 6, RULE_event);
		try {
			setState(89);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case VMSTATE_DOWNTIME_SAVE:
			case VMSTATE_DOWNTIME_LOAD:
			case VMSTATE_DOWNTIME_CHECKPOINT:
			case MIGRATE_SET_STATE:
			case QEMU_SAVEVM_SEND_DOWNTIME:
			case LOADVM_HANDLE_SRC_DOWNTIME:
			case QEMU_LOADVM_DOWNTIME_ABORT:
				enterOuterAlt(_localctx, 1);
				{
				setState(87);
				understoodEvent();
				}
				break;
			case EVENT_NAME:
			case NAME:
				enterOuterAlt(_localctx, 2);
				{
				setState(88);
				otherEvent();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class BareEventContext extends ParserRuleContext {
		public BareEventContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_bareEvent; }
	 
		public BareEventContext() { }
		public void copyFrom(BareEventContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BareOtherEventContext extends BareEventContext {
		public TerminalNode EVENT_NAME() { return getToken(TraceLineParser.EVENT_NAME, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public AnyTextContext anyText() {
			return getRuleContext(AnyTextContext.class,0);
		}
		public BareOtherEventContext(BareEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitBareOtherEvent(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BareUnderstoodEventContext extends BareEventContext {
		public UnderstoodEventContext understoodEvent() {
			return getRuleContext(UnderstoodEventContext.class,0);
		}
		public BareUnderstoodEventContext(BareEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitBareUnderstoodEvent(this);
			else return visitor.visitChildren(this);
		}
	}

	public final BareEventContext bareEvent() throws RecognitionException {
		BareEventContext _localctx = new BareEventContext(_ctx, getState());
		enterRule(_localctx, 8, RULE_bareEvent);
		try {
			setState(97);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case VMSTATE_DOWNTIME_SAVE:
			case VMSTATE_DOWNTIME_LOAD:
			case VMSTATE_DOWNTIME_CHECKPOINT:
			case MIGRATE_SET_STATE:
			case QEMU_SAVEVM_SEND_DOWNTIME:
			case LOADVM_HANDLE_SRC_DOWNTIME:
			case QEMU_LOADVM_DOWNTIME_ABORT:
				_localctx = new BareUnderstoodEventContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(91);
				understoodEvent();
				}
				break;
			case EVENT_NAME:
				_localctx = new BareOtherEventContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(92);
				match(EVENT_NAME);
				setState(95);
				_errHandler.sync(this);
				switch ( getInterpreter().adaptivePredict(_input,8,_ctx) ) {
				case 1:
					{
					setState(93);
					match(SP);
					setState(94);
					anyText();
					}
					break;
				}
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class UnderstoodEventContext extends ParserRuleContext {
		public UnderstoodEventContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_understoodEvent; }
	 
		public UnderstoodEventContext() { }
		public void copyFrom(UnderstoodEventContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DeviceLoadContext extends UnderstoodEventContext {
		public TerminalNode VMSTATE_DOWNTIME_LOAD() { return getToken(TraceLineParser.VMSTATE_DOWNTIME_LOAD, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public DeviceArgsContext deviceArgs() {
			return getRuleContext(DeviceArgsContext.class,0);
		}
		public DeviceLoadContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDeviceLoad(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class CheckpointContext extends UnderstoodEventContext {
		public TerminalNode VMSTATE_DOWNTIME_CHECKPOINT() { return getToken(TraceLineParser.VMSTATE_DOWNTIME_CHECKPOINT, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public CheckpointNameContext checkpointName() {
			return getRuleContext(CheckpointNameContext.class,0);
		}
		public CheckpointContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitCheckpoint(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DowntimeSentContext extends UnderstoodEventContext {
		public TerminalNode QEMU_SAVEVM_SEND_DOWNTIME() { return getToken(TraceLineParser.QEMU_SAVEVM_SEND_DOWNTIME, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public LimitAndSourceDowntimeContext limitAndSourceDowntime() {
			return getRuleContext(LimitAndSourceDowntimeContext.class,0);
		}
		public DowntimeSentContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDowntimeSent(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DestinationAbortContext extends UnderstoodEventContext {
		public TerminalNode QEMU_LOADVM_DOWNTIME_ABORT() { return getToken(TraceLineParser.QEMU_LOADVM_DOWNTIME_ABORT, 0); }
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public TerminalNode SWITCHOVER_ABORT_LIMIT() { return getToken(TraceLineParser.SWITCHOVER_ABORT_LIMIT, 0); }
		public List<NumberContext> number() {
			return getRuleContexts(NumberContext.class);
		}
		public NumberContext number(int i) {
			return getRuleContext(NumberContext.class,i);
		}
		public List<TerminalNode> COMMA() { return getTokens(TraceLineParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(TraceLineParser.COMMA, i);
		}
		public TerminalNode DESTINATION_DOWNTIME() { return getToken(TraceLineParser.DESTINATION_DOWNTIME, 0); }
		public TerminalNode SOURCE_DOWNTIME() { return getToken(TraceLineParser.SOURCE_DOWNTIME, 0); }
		public DestinationAbortContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDestinationAbort(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StateChangeContext extends UnderstoodEventContext {
		public TerminalNode MIGRATE_SET_STATE() { return getToken(TraceLineParser.MIGRATE_SET_STATE, 0); }
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public TerminalNode NEW_STATE() { return getToken(TraceLineParser.NEW_STATE, 0); }
		public StateNameContext stateName() {
			return getRuleContext(StateNameContext.class,0);
		}
		public StateChangeContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitStateChange(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DowntimeReceivedContext extends UnderstoodEventContext {
		public TerminalNode LOADVM_HANDLE_SRC_DOWNTIME() { return getToken(TraceLineParser.LOADVM_HANDLE_SRC_DOWNTIME, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public LimitAndSourceDowntimeContext limitAndSourceDowntime() {
			return getRuleContext(LimitAndSourceDowntimeContext.class,0);
		}
		public DowntimeReceivedContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDowntimeReceived(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DeviceSaveContext extends UnderstoodEventContext {
		public TerminalNode VMSTATE_DOWNTIME_SAVE() { return getToken(TraceLineParser.VMSTATE_DOWNTIME_SAVE, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public DeviceArgsContext deviceArgs() {
			return getRuleContext(DeviceArgsContext.class,0);
		}
		public DeviceSaveContext(UnderstoodEventContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDeviceSave(this);
			else return visitor.visitChildren(this);
		}
	}

	public final UnderstoodEventContext understoodEvent() throws RecognitionException {
		UnderstoodEventContext _localctx = new UnderstoodEventContext(_ctx, getState());
		enterRule(_localctx, 10, RULE_understoodEvent);
		try {
			setState(132);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case VMSTATE_DOWNTIME_SAVE:
				_localctx = new DeviceSaveContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(99);
				match(VMSTATE_DOWNTIME_SAVE);
				setState(100);
				match(SP);
				setState(101);
				deviceArgs();
				}
				break;
			case VMSTATE_DOWNTIME_LOAD:
				_localctx = new DeviceLoadContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(102);
				match(VMSTATE_DOWNTIME_LOAD);
				setState(103);
				match(SP);
				setState(104);
				deviceArgs();
				}
				break;
			case VMSTATE_DOWNTIME_CHECKPOINT:
				_localctx = new CheckpointContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(105);
				match(VMSTATE_DOWNTIME_CHECKPOINT);
				setState(106);
				match(SP);
				setState(107);
				checkpointName();
				}
				break;
			case MIGRATE_SET_STATE:
				_localctx = new StateChangeContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(108);
				match(MIGRATE_SET_STATE);
				setState(109);
				match(SP);
				setState(110);
				match(NEW_STATE);
				setState(111);
				match(SP);
				setState(112);
				stateName();
				}
				break;
			case QEMU_SAVEVM_SEND_DOWNTIME:
				_localctx = new DowntimeSentContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(113);
				match(QEMU_SAVEVM_SEND_DOWNTIME);
				setState(114);
				match(SP);
				setState(115);
				limitAndSourceDowntime();
				}
				break;
			case LOADVM_HANDLE_SRC_DOWNTIME:
				_localctx = new DowntimeReceivedContext(_localctx);
				enterOuterAlt(_localctx, 6);
				{
				setState(116);
				match(LOADVM_HANDLE_SRC_DOWNTIME);
				setState(117);
				match(SP);
				setState(118);
				limitAndSourceDowntime();
				}
				break;
			case QEMU_LOADVM_DOWNTIME_ABORT:
				_localctx = new DestinationAbortContext(_localctx);
				enterOuterAlt(_localctx, 7);
				{
				setState(119);
				match(QEMU_LOADVM_DOWNTIME_ABORT);
				setState(120);
				match(SP);
				setState(121);
				match(SWITCHOVER_ABORT_LIMIT);
				setState(122);
				number();
				setState(123);
				match(COMMA);
				setState(124);
				match(SP);
				setState(125);
				match(DESTINATION_DOWNTIME);
				setState(126);
				number();
				setState(127);
				match(COMMA);
				setState(128);
				match(SP);
				setState(129);
				match(SOURCE_DOWNTIME);
				setState(130);
				number();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class OtherEventContext extends ParserRuleContext {
		public EventNameContext eventName() {
			return getRuleContext(EventNameContext.class,0);
		}
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public AnyTextContext anyText() {
			return getRuleContext(AnyTextContext.class,0);
		}
		public OtherEventContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_otherEvent; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitOtherEvent(this);
			else return visitor.visitChildren(this);
		}
	}

	public final OtherEventContext otherEvent() throws RecognitionException {
		OtherEventContext _localctx = new OtherEventContext(_ctx, getState());
		enterRule(_localctx, 12, RULE_otherEvent);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(134);
			eventName();
			setState(137);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,11,_ctx) ) {
			case 1:
				{
				setState(135);
				match(SP);
				setState(136);
				anyText();
				}
				break;
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class EventNameContext extends ParserRuleContext {
		public TerminalNode EVENT_NAME() { return getToken(TraceLineParser.EVENT_NAME, 0); }
		public TerminalNode NAME() { return getToken(TraceLineParser.NAME, 0); }
		public EventNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_eventName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitEventName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final EventNameContext eventName() throws RecognitionException {
		EventNameContext _localctx = new EventNameContext(_ctx, getState());
		enterRule(_localctx, 14, RULE_eventName);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(139);
			_la = _input.LA(1);
			if ( !(_la==EVENT_NAME || _la==NAME) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DeviceArgsContext extends ParserRuleContext {
		public TerminalNode TYPE_EQ() { return getToken(TraceLineParser.TYPE_EQ, 0); }
		public SectionTypeContext sectionType() {
			return getRuleContext(SectionTypeContext.class,0);
		}
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public TerminalNode IDSTR_EQ() { return getToken(TraceLineParser.IDSTR_EQ, 0); }
		public IdstrContext idstr() {
			return getRuleContext(IdstrContext.class,0);
		}
		public TerminalNode INSTANCE_ID_EQ() { return getToken(TraceLineParser.INSTANCE_ID_EQ, 0); }
		public List<NumberContext> number() {
			return getRuleContexts(NumberContext.class);
		}
		public NumberContext number(int i) {
			return getRuleContext(NumberContext.class,i);
		}
		public TerminalNode DOWNTIME_EQ() { return getToken(TraceLineParser.DOWNTIME_EQ, 0); }
		public DeviceArgsContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_deviceArgs; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDeviceArgs(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DeviceArgsContext deviceArgs() throws RecognitionException {
		DeviceArgsContext _localctx = new DeviceArgsContext(_ctx, getState());
		enterRule(_localctx, 16, RULE_deviceArgs);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(141);
			match(TYPE_EQ);
			setState(142);
			sectionType();
			setState(143);
			match(SP);
			setState(144);
			match(IDSTR_EQ);
			setState(145);
			idstr();
			setState(146);
			match(SP);
			setState(147);
			match(INSTANCE_ID_EQ);
			setState(148);
			number();
			setState(149);
			match(SP);
			setState(150);
			match(DOWNTIME_EQ);
			setState(151);
			number();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class SectionTypeContext extends ParserRuleContext {
		public TerminalNode ITERABLE() { return getToken(TraceLineParser.ITERABLE, 0); }
		public TerminalNode NON_ITERABLE() { return getToken(TraceLineParser.NON_ITERABLE, 0); }
		public SectionTypeContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_sectionType; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitSectionType(this);
			else return visitor.visitChildren(this);
		}
	}

	public final SectionTypeContext sectionType() throws RecognitionException {
		SectionTypeContext _localctx = new SectionTypeContext(_ctx, getState());
		enterRule(_localctx, 18, RULE_sectionType);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(153);
			_la = _input.LA(1);
			if ( !(_la==ITERABLE || _la==NON_ITERABLE) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class IdstrContext extends ParserRuleContext {
		public List<IdstrWordContext> idstrWord() {
			return getRuleContexts(IdstrWordContext.class);
		}
		public IdstrWordContext idstrWord(int i) {
			return getRuleContext(IdstrWordContext.class,i);
		}
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public IdstrContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_idstr; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitIdstr(this);
			else return visitor.visitChildren(this);
		}
	}

	public final IdstrContext idstr() throws RecognitionException {
		IdstrContext _localctx = new IdstrContext(_ctx, getState());
		enterRule(_localctx, 20, RULE_idstr);
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(155);
			idstrWord();
			setState(160);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,12,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(156);
					match(SP);
					setState(157);
					idstrWord();
					}
					} 
				}
				setState(162);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,12,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class IdstrWordContext extends ParserRuleContext {
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public List<TerminalNode> INSTANCE_ID_EQ() { return getTokens(TraceLineParser.INSTANCE_ID_EQ); }
		public TerminalNode INSTANCE_ID_EQ(int i) {
			return getToken(TraceLineParser.INSTANCE_ID_EQ, i);
		}
		public List<TerminalNode> EOF() { return getTokens(TraceLineParser.EOF); }
		public TerminalNode EOF(int i) {
			return getToken(TraceLineParser.EOF, i);
		}
		public IdstrWordContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_idstrWord; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitIdstrWord(this);
			else return visitor.visitChildren(this);
		}
	}

	public final IdstrWordContext idstrWord() throws RecognitionException {
		IdstrWordContext _localctx = new IdstrWordContext(_ctx, getState());
		enterRule(_localctx, 22, RULE_idstrWord);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(164); 
			_errHandler.sync(this);
			_la = _input.LA(1);
			do {
				{
				{
				setState(163);
				_la = _input.LA(1);
				if ( _la <= 0 || (((((_la - -1)) & ~0x3f) == 0 && ((1L << (_la - -1)) & 137439477761L) != 0)) ) {
				_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				}
				setState(166); 
				_errHandler.sync(this);
				_la = _input.LA(1);
			} while ( (((_la) & ~0x3f) == 0 && ((1L << _la) & 206158168062L) != 0) );
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class CheckpointNameContext extends ParserRuleContext {
		public WordContext word() {
			return getRuleContext(WordContext.class,0);
		}
		public CheckpointNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_checkpointName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitCheckpointName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final CheckpointNameContext checkpointName() throws RecognitionException {
		CheckpointNameContext _localctx = new CheckpointNameContext(_ctx, getState());
		enterRule(_localctx, 24, RULE_checkpointName);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(168);
			word();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StateNameContext extends ParserRuleContext {
		public WordContext word() {
			return getRuleContext(WordContext.class,0);
		}
		public StateNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_stateName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitStateName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StateNameContext stateName() throws RecognitionException {
		StateNameContext _localctx = new StateNameContext(_ctx, getState());
		enterRule(_localctx, 26, RULE_stateName);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(170);
			word();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class LimitAndSourceDowntimeContext extends ParserRuleContext {
		public TerminalNode SWITCHOVER_ABORT_LIMIT() { return getToken(TraceLineParser.SWITCHOVER_ABORT_LIMIT, 0); }
		public List<NumberContext> number() {
			return getRuleContexts(NumberContext.class);
		}
		public NumberContext number(int i) {
			return getRuleContext(NumberContext.class,i);
		}
		public TerminalNode COMMA() { return getToken(TraceLineParser.COMMA, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public TerminalNode SOURCE_DOWNTIME() { return getToken(TraceLineParser.SOURCE_DOWNTIME, 0); }
		public LimitAndSourceDowntimeContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_limitAndSourceDowntime; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitLimitAndSourceDowntime(this);
			else return visitor.visitChildren(this);
		}
	}

	public final LimitAndSourceDowntimeContext limitAndSourceDowntime() throws RecognitionException {
		LimitAndSourceDowntimeContext _localctx = new LimitAndSourceDowntimeContext(_ctx, getState());
		enterRule(_localctx, 28, RULE_limitAndSourceDowntime);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(172);
			match(SWITCHOVER_ABORT_LIMIT);
			setState(173);
			number();
			setState(174);
			match(COMMA);
			setState(175);
			match(SP);
			setState(176);
			match(SOURCE_DOWNTIME);
			setState(177);
			number();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class NumberContext extends ParserRuleContext {
		public TerminalNode INT() { return getToken(TraceLineParser.INT, 0); }
		public TerminalNode MINUS() { return getToken(TraceLineParser.MINUS, 0); }
		public NumberContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_number; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitNumber(this);
			else return visitor.visitChildren(this);
		}
	}

	public final NumberContext number() throws RecognitionException {
		NumberContext _localctx = new NumberContext(_ctx, getState());
		enterRule(_localctx, 30, RULE_number);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(180);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==MINUS) {
				{
				setState(179);
				match(MINUS);
				}
			}

			setState(182);
			match(INT);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class WordContext extends ParserRuleContext {
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public List<TerminalNode> EOF() { return getTokens(TraceLineParser.EOF); }
		public TerminalNode EOF(int i) {
			return getToken(TraceLineParser.EOF, i);
		}
		public WordContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_word; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitWord(this);
			else return visitor.visitChildren(this);
		}
	}

	public final WordContext word() throws RecognitionException {
		WordContext _localctx = new WordContext(_ctx, getState());
		enterRule(_localctx, 32, RULE_word);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(185); 
			_errHandler.sync(this);
			_la = _input.LA(1);
			do {
				{
				{
				setState(184);
				_la = _input.LA(1);
				if ( _la <= 0 || (_la==EOF || _la==SP) ) {
				_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				}
				setState(187); 
				_errHandler.sync(this);
				_la = _input.LA(1);
			} while ( (((_la) & ~0x3f) == 0 && ((1L << _la) & 206158430206L) != 0) );
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class AnyTextContext extends ParserRuleContext {
		public List<TerminalNode> EOF() { return getTokens(TraceLineParser.EOF); }
		public TerminalNode EOF(int i) {
			return getToken(TraceLineParser.EOF, i);
		}
		public AnyTextContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_anyText; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitAnyText(this);
			else return visitor.visitChildren(this);
		}
	}

	public final AnyTextContext anyText() throws RecognitionException {
		AnyTextContext _localctx = new AnyTextContext(_ctx, getState());
		enterRule(_localctx, 34, RULE_anyText);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(192);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,16,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(189);
					_la = _input.LA(1);
					if ( _la <= 0 || (_la==EOF) ) {
					_errHandler.recoverInline(this);
					}
					else {
						if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
						_errHandler.reportMatch(this);
						consume();
					}
					}
					} 
				}
				setState(194);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,16,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class QemuMessageContext extends ParserRuleContext {
		public ProgramContext program() {
			return getRuleContext(ProgramContext.class,0);
		}
		public TerminalNode COLON() { return getToken(TraceLineParser.COLON, 0); }
		public TerminalNode SP() { return getToken(TraceLineParser.SP, 0); }
		public MessageContext message() {
			return getRuleContext(MessageContext.class,0);
		}
		public QemuMessageContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_qemuMessage; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitQemuMessage(this);
			else return visitor.visitChildren(this);
		}
	}

	public final QemuMessageContext qemuMessage() throws RecognitionException {
		QemuMessageContext _localctx = new QemuMessageContext(_ctx, getState());
		enterRule(_localctx, 36, RULE_qemuMessage);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(195);
			program();
			setState(196);
			match(COLON);
			setState(197);
			match(SP);
			setState(198);
			message();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ProgramContext extends ParserRuleContext {
		public TerminalNode QEMU_PROGRAM() { return getToken(TraceLineParser.QEMU_PROGRAM, 0); }
		public List<TerminalNode> SLASH() { return getTokens(TraceLineParser.SLASH); }
		public TerminalNode SLASH(int i) {
			return getToken(TraceLineParser.SLASH, i);
		}
		public List<PathPartContext> pathPart() {
			return getRuleContexts(PathPartContext.class);
		}
		public PathPartContext pathPart(int i) {
			return getRuleContext(PathPartContext.class,i);
		}
		public ProgramContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_program; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitProgram(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ProgramContext program() throws RecognitionException {
		ProgramContext _localctx = new ProgramContext(_ctx, getState());
		enterRule(_localctx, 38, RULE_program);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(204);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 13656653824L) != 0)) {
				{
				setState(202);
				_errHandler.sync(this);
				switch (_input.LA(1)) {
				case SLASH:
					{
					setState(200);
					match(SLASH);
					}
					break;
				case INT:
				case EVENT_NAME:
				case NAME:
				case DOT:
				case MINUS:
					{
					setState(201);
					pathPart();
					}
					break;
				default:
					throw new NoViableAltException(this);
				}
				}
				setState(206);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(207);
			match(QEMU_PROGRAM);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PathPartContext extends ParserRuleContext {
		public TerminalNode SLASH() { return getToken(TraceLineParser.SLASH, 0); }
		public List<TerminalNode> NAME() { return getTokens(TraceLineParser.NAME); }
		public TerminalNode NAME(int i) {
			return getToken(TraceLineParser.NAME, i);
		}
		public List<TerminalNode> EVENT_NAME() { return getTokens(TraceLineParser.EVENT_NAME); }
		public TerminalNode EVENT_NAME(int i) {
			return getToken(TraceLineParser.EVENT_NAME, i);
		}
		public List<TerminalNode> INT() { return getTokens(TraceLineParser.INT); }
		public TerminalNode INT(int i) {
			return getToken(TraceLineParser.INT, i);
		}
		public List<TerminalNode> DOT() { return getTokens(TraceLineParser.DOT); }
		public TerminalNode DOT(int i) {
			return getToken(TraceLineParser.DOT, i);
		}
		public List<TerminalNode> MINUS() { return getTokens(TraceLineParser.MINUS); }
		public TerminalNode MINUS(int i) {
			return getToken(TraceLineParser.MINUS, i);
		}
		public PathPartContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_pathPart; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitPathPart(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PathPartContext pathPart() throws RecognitionException {
		PathPartContext _localctx = new PathPartContext(_ctx, getState());
		enterRule(_localctx, 40, RULE_pathPart);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(210); 
			_errHandler.sync(this);
			_la = _input.LA(1);
			do {
				{
				{
				setState(209);
				_la = _input.LA(1);
				if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 5066719232L) != 0)) ) {
				_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				}
				setState(212); 
				_errHandler.sync(this);
				_la = _input.LA(1);
			} while ( (((_la) & ~0x3f) == 0 && ((1L << _la) & 5066719232L) != 0) );
			setState(214);
			match(SLASH);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class MessageContext extends ParserRuleContext {
		public MessageContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_message; }
	 
		public MessageContext() { }
		public void copyFrom(MessageContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PlainMessageContext extends MessageContext {
		public AnyTextContext anyText() {
			return getRuleContext(AnyTextContext.class,0);
		}
		public PlainMessageContext(MessageContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitPlainMessage(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AbortLimitReachedContext extends MessageContext {
		public TerminalNode ABORT_LIMIT_REACHED() { return getToken(TraceLineParser.ABORT_LIMIT_REACHED, 0); }
		public TerminalNode LPAREN() { return getToken(TraceLineParser.LPAREN, 0); }
		public NumberContext number() {
			return getRuleContext(NumberContext.class,0);
		}
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public TerminalNode MS() { return getToken(TraceLineParser.MS, 0); }
		public TerminalNode RPAREN() { return getToken(TraceLineParser.RPAREN, 0); }
		public TerminalNode WAS_REACHED() { return getToken(TraceLineParser.WAS_REACHED, 0); }
		public AbortLimitReachedContext(MessageContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitAbortLimitReached(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DowntimeLimitExceededContext extends MessageContext {
		public TerminalNode DOWNTIME_LIMIT_OF() { return getToken(TraceLineParser.DOWNTIME_LIMIT_OF, 0); }
		public List<TerminalNode> SP() { return getTokens(TraceLineParser.SP); }
		public TerminalNode SP(int i) {
			return getToken(TraceLineParser.SP, i);
		}
		public List<NumberContext> number() {
			return getRuleContexts(NumberContext.class);
		}
		public NumberContext number(int i) {
			return getRuleContext(NumberContext.class,i);
		}
		public TerminalNode MS_EXCEEDED_BY() { return getToken(TraceLineParser.MS_EXCEEDED_BY, 0); }
		public TerminalNode MS() { return getToken(TraceLineParser.MS, 0); }
		public DowntimeLimitExceededContext(MessageContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof TraceLineVisitor ) return ((TraceLineVisitor<? extends T>)visitor).visitDowntimeLimitExceeded(this);
			else return visitor.visitChildren(this);
		}
	}

	public final MessageContext message() throws RecognitionException {
		MessageContext _localctx = new MessageContext(_ctx, getState());
		enterRule(_localctx, 42, RULE_message);
		int _la;
		try {
			setState(245);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,24,_ctx) ) {
			case 1:
				_localctx = new AbortLimitReachedContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(216);
				match(ABORT_LIMIT_REACHED);
				setState(218);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(217);
					match(SP);
					}
				}

				setState(220);
				match(LPAREN);
				setState(221);
				number();
				setState(222);
				match(SP);
				setState(223);
				match(MS);
				setState(224);
				match(RPAREN);
				setState(226);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(225);
					match(SP);
					}
				}

				setState(228);
				match(WAS_REACHED);
				setState(230);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(229);
					match(SP);
					}
				}

				}
				break;
			case 2:
				_localctx = new DowntimeLimitExceededContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(232);
				match(DOWNTIME_LIMIT_OF);
				setState(233);
				match(SP);
				setState(234);
				number();
				setState(235);
				match(SP);
				setState(236);
				match(MS_EXCEEDED_BY);
				setState(237);
				match(SP);
				setState(238);
				number();
				setState(239);
				match(SP);
				setState(240);
				match(MS);
				setState(242);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SP) {
					{
					setState(241);
					match(SP);
					}
				}

				}
				break;
			case 3:
				_localctx = new PlainMessageContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(244);
				anyText();
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	public static final String _serializedATN =
		"\u0004\u0001%\u00f8\u0002\u0000\u0007\u0000\u0002\u0001\u0007\u0001\u0002"+
		"\u0002\u0007\u0002\u0002\u0003\u0007\u0003\u0002\u0004\u0007\u0004\u0002"+
		"\u0005\u0007\u0005\u0002\u0006\u0007\u0006\u0002\u0007\u0007\u0007\u0002"+
		"\b\u0007\b\u0002\t\u0007\t\u0002\n\u0007\n\u0002\u000b\u0007\u000b\u0002"+
		"\f\u0007\f\u0002\r\u0007\r\u0002\u000e\u0007\u000e\u0002\u000f\u0007\u000f"+
		"\u0002\u0010\u0007\u0010\u0002\u0011\u0007\u0011\u0002\u0012\u0007\u0012"+
		"\u0002\u0013\u0007\u0013\u0002\u0014\u0007\u0014\u0002\u0015\u0007\u0015"+
		"\u0001\u0000\u0001\u0000\u0001\u0000\u0001\u0000\u0001\u0000\u0001\u0000"+
		"\u0001\u0000\u0001\u0000\u0001\u0000\u0001\u0000\u0001\u0000\u0001\u0000"+
		"\u0001\u0000\u0003\u0000:\b\u0000\u0001\u0000\u0001\u0000\u0001\u0000"+
		"\u0001\u0000\u0001\u0000\u0003\u0000A\b\u0000\u0001\u0001\u0001\u0001"+
		"\u0003\u0001E\b\u0001\u0001\u0001\u0003\u0001H\b\u0001\u0001\u0002\u0001"+
		"\u0002\u0001\u0002\u0001\u0002\u0001\u0002\u0003\u0002O\b\u0002\u0001"+
		"\u0002\u0001\u0002\u0001\u0002\u0003\u0002T\b\u0002\u0003\u0002V\b\u0002"+
		"\u0001\u0003\u0001\u0003\u0003\u0003Z\b\u0003\u0001\u0004\u0001\u0004"+
		"\u0001\u0004\u0001\u0004\u0003\u0004`\b\u0004\u0003\u0004b\b\u0004\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0003\u0005\u0085\b\u0005\u0001\u0006\u0001"+
		"\u0006\u0001\u0006\u0003\u0006\u008a\b\u0006\u0001\u0007\u0001\u0007\u0001"+
		"\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001"+
		"\b\u0001\b\u0001\b\u0001\t\u0001\t\u0001\n\u0001\n\u0001\n\u0005\n\u009f"+
		"\b\n\n\n\f\n\u00a2\t\n\u0001\u000b\u0004\u000b\u00a5\b\u000b\u000b\u000b"+
		"\f\u000b\u00a6\u0001\f\u0001\f\u0001\r\u0001\r\u0001\u000e\u0001\u000e"+
		"\u0001\u000e\u0001\u000e\u0001\u000e\u0001\u000e\u0001\u000e\u0001\u000f"+
		"\u0003\u000f\u00b5\b\u000f\u0001\u000f\u0001\u000f\u0001\u0010\u0004\u0010"+
		"\u00ba\b\u0010\u000b\u0010\f\u0010\u00bb\u0001\u0011\u0005\u0011\u00bf"+
		"\b\u0011\n\u0011\f\u0011\u00c2\t\u0011\u0001\u0012\u0001\u0012\u0001\u0012"+
		"\u0001\u0012\u0001\u0012\u0001\u0013\u0001\u0013\u0005\u0013\u00cb\b\u0013"+
		"\n\u0013\f\u0013\u00ce\t\u0013\u0001\u0013\u0001\u0013\u0001\u0014\u0004"+
		"\u0014\u00d3\b\u0014\u000b\u0014\f\u0014\u00d4\u0001\u0014\u0001\u0014"+
		"\u0001\u0015\u0001\u0015\u0003\u0015\u00db\b\u0015\u0001\u0015\u0001\u0015"+
		"\u0001\u0015\u0001\u0015\u0001\u0015\u0001\u0015\u0003\u0015\u00e3\b\u0015"+
		"\u0001\u0015\u0001\u0015\u0003\u0015\u00e7\b\u0015\u0001\u0015\u0001\u0015"+
		"\u0001\u0015\u0001\u0015\u0001\u0015\u0001\u0015\u0001\u0015\u0001\u0015"+
		"\u0001\u0015\u0001\u0015\u0003\u0015\u00f3\b\u0015\u0001\u0015\u0003\u0015"+
		"\u00f6\b\u0015\u0001\u0015\u0000\u0000\u0016\u0000\u0002\u0004\u0006\b"+
		"\n\f\u000e\u0010\u0012\u0014\u0016\u0018\u001a\u001c\u001e \"$&(*\u0000"+
		"\u0006\u0001\u0000\u001a\u001b\u0001\u0000\u0014\u0015\u0002\u0001\u0012"+
		"\u0012$$\u0001\u0001$$\u0000\u0001\u0003\u0000\u0019\u001b\u001d\u001d"+
		"  \u0102\u0000@\u0001\u0000\u0000\u0000\u0002G\u0001\u0000\u0000\u0000"+
		"\u0004U\u0001\u0000\u0000\u0000\u0006Y\u0001\u0000\u0000\u0000\ba\u0001"+
		"\u0000\u0000\u0000\n\u0084\u0001\u0000\u0000\u0000\f\u0086\u0001\u0000"+
		"\u0000\u0000\u000e\u008b\u0001\u0000\u0000\u0000\u0010\u008d\u0001\u0000"+
		"\u0000\u0000\u0012\u0099\u0001\u0000\u0000\u0000\u0014\u009b\u0001\u0000"+
		"\u0000\u0000\u0016\u00a4\u0001\u0000\u0000\u0000\u0018\u00a8\u0001\u0000"+
		"\u0000\u0000\u001a\u00aa\u0001\u0000\u0000\u0000\u001c\u00ac\u0001\u0000"+
		"\u0000\u0000\u001e\u00b4\u0001\u0000\u0000\u0000 \u00b9\u0001\u0000\u0000"+
		"\u0000\"\u00c0\u0001\u0000\u0000\u0000$\u00c3\u0001\u0000\u0000\u0000"+
		"&\u00cc\u0001\u0000\u0000\u0000(\u00d2\u0001\u0000\u0000\u0000*\u00f5"+
		"\u0001\u0000\u0000\u0000,-\u0005\u0017\u0000\u0000-.\u0005$\u0000\u0000"+
		"./\u0003\u0002\u0001\u0000/0\u0005\u0000\u0000\u00010A\u0001\u0000\u0000"+
		"\u000012\u0005\u0019\u0000\u000023\u0005\u001c\u0000\u000034\u0005\u0019"+
		"\u0000\u000045\u0003\u0004\u0002\u000056\u0005\u0000\u0000\u00016A\u0001"+
		"\u0000\u0000\u000079\u0003\b\u0004\u00008:\u0005$\u0000\u000098\u0001"+
		"\u0000\u0000\u00009:\u0001\u0000\u0000\u0000:;\u0001\u0000\u0000\u0000"+
		";<\u0005\u0000\u0000\u0001<A\u0001\u0000\u0000\u0000=>\u0003$\u0012\u0000"+
		">?\u0005\u0000\u0000\u0001?A\u0001\u0000\u0000\u0000@,\u0001\u0000\u0000"+
		"\u0000@1\u0001\u0000\u0000\u0000@7\u0001\u0000\u0000\u0000@=\u0001\u0000"+
		"\u0000\u0000A\u0001\u0001\u0000\u0000\u0000BD\u0003\u0006\u0003\u0000"+
		"CE\u0005$\u0000\u0000DC\u0001\u0000\u0000\u0000DE\u0001\u0000\u0000\u0000"+
		"EH\u0001\u0000\u0000\u0000FH\u0003$\u0012\u0000GB\u0001\u0000\u0000\u0000"+
		"GF\u0001\u0000\u0000\u0000H\u0003\u0001\u0000\u0000\u0000IJ\u0005\u001d"+
		"\u0000\u0000JK\u0005\u0019\u0000\u0000KL\u0005\u001e\u0000\u0000LN\u0003"+
		"\u0006\u0003\u0000MO\u0005$\u0000\u0000NM\u0001\u0000\u0000\u0000NO\u0001"+
		"\u0000\u0000\u0000OV\u0001\u0000\u0000\u0000PQ\u0005$\u0000\u0000QS\u0003"+
		"\u0006\u0003\u0000RT\u0005$\u0000\u0000SR\u0001\u0000\u0000\u0000ST\u0001"+
		"\u0000\u0000\u0000TV\u0001\u0000\u0000\u0000UI\u0001\u0000\u0000\u0000"+
		"UP\u0001\u0000\u0000\u0000V\u0005\u0001\u0000\u0000\u0000WZ\u0003\n\u0005"+
		"\u0000XZ\u0003\f\u0006\u0000YW\u0001\u0000\u0000\u0000YX\u0001\u0000\u0000"+
		"\u0000Z\u0007\u0001\u0000\u0000\u0000[b\u0003\n\u0005\u0000\\_\u0005\u001a"+
		"\u0000\u0000]^\u0005$\u0000\u0000^`\u0003\"\u0011\u0000_]\u0001\u0000"+
		"\u0000\u0000_`\u0001\u0000\u0000\u0000`b\u0001\u0000\u0000\u0000a[\u0001"+
		"\u0000\u0000\u0000a\\\u0001\u0000\u0000\u0000b\t\u0001\u0000\u0000\u0000"+
		"cd\u0005\t\u0000\u0000de\u0005$\u0000\u0000e\u0085\u0003\u0010\b\u0000"+
		"fg\u0005\n\u0000\u0000gh\u0005$\u0000\u0000h\u0085\u0003\u0010\b\u0000"+
		"ij\u0005\u000b\u0000\u0000jk\u0005$\u0000\u0000k\u0085\u0003\u0018\f\u0000"+
		"lm\u0005\f\u0000\u0000mn\u0005$\u0000\u0000no\u0005\b\u0000\u0000op\u0005"+
		"$\u0000\u0000p\u0085\u0003\u001a\r\u0000qr\u0005\r\u0000\u0000rs\u0005"+
		"$\u0000\u0000s\u0085\u0003\u001c\u000e\u0000tu\u0005\u000e\u0000\u0000"+
		"uv\u0005$\u0000\u0000v\u0085\u0003\u001c\u000e\u0000wx\u0005\u000f\u0000"+
		"\u0000xy\u0005$\u0000\u0000yz\u0005\u0005\u0000\u0000z{\u0003\u001e\u000f"+
		"\u0000{|\u0005\u001f\u0000\u0000|}\u0005$\u0000\u0000}~\u0005\u0007\u0000"+
		"\u0000~\u007f\u0003\u001e\u000f\u0000\u007f\u0080\u0005\u001f\u0000\u0000"+
		"\u0080\u0081\u0005$\u0000\u0000\u0081\u0082\u0005\u0006\u0000\u0000\u0082"+
		"\u0083\u0003\u001e\u000f\u0000\u0083\u0085\u0001\u0000\u0000\u0000\u0084"+
		"c\u0001\u0000\u0000\u0000\u0084f\u0001\u0000\u0000\u0000\u0084i\u0001"+
		"\u0000\u0000\u0000\u0084l\u0001\u0000\u0000\u0000\u0084q\u0001\u0000\u0000"+
		"\u0000\u0084t\u0001\u0000\u0000\u0000\u0084w\u0001\u0000\u0000\u0000\u0085"+
		"\u000b\u0001\u0000\u0000\u0000\u0086\u0089\u0003\u000e\u0007\u0000\u0087"+
		"\u0088\u0005$\u0000\u0000\u0088\u008a\u0003\"\u0011\u0000\u0089\u0087"+
		"\u0001\u0000\u0000\u0000\u0089\u008a\u0001\u0000\u0000\u0000\u008a\r\u0001"+
		"\u0000\u0000\u0000\u008b\u008c\u0007\u0000\u0000\u0000\u008c\u000f\u0001"+
		"\u0000\u0000\u0000\u008d\u008e\u0005\u0010\u0000\u0000\u008e\u008f\u0003"+
		"\u0012\t\u0000\u008f\u0090\u0005$\u0000\u0000\u0090\u0091\u0005\u0011"+
		"\u0000\u0000\u0091\u0092\u0003\u0014\n\u0000\u0092\u0093\u0005$\u0000"+
		"\u0000\u0093\u0094\u0005\u0012\u0000\u0000\u0094\u0095\u0003\u001e\u000f"+
		"\u0000\u0095\u0096\u0005$\u0000\u0000\u0096\u0097\u0005\u0013\u0000\u0000"+
		"\u0097\u0098\u0003\u001e\u000f\u0000\u0098\u0011\u0001\u0000\u0000\u0000"+
		"\u0099\u009a\u0007\u0001\u0000\u0000\u009a\u0013\u0001\u0000\u0000\u0000"+
		"\u009b\u00a0\u0003\u0016\u000b\u0000\u009c\u009d\u0005$\u0000\u0000\u009d"+
		"\u009f\u0003\u0016\u000b\u0000\u009e\u009c\u0001\u0000\u0000\u0000\u009f"+
		"\u00a2\u0001\u0000\u0000\u0000\u00a0\u009e\u0001\u0000\u0000\u0000\u00a0"+
		"\u00a1\u0001\u0000\u0000\u0000\u00a1\u0015\u0001\u0000\u0000\u0000\u00a2"+
		"\u00a0\u0001\u0000\u0000\u0000\u00a3\u00a5\b\u0002\u0000\u0000\u00a4\u00a3"+
		"\u0001\u0000\u0000\u0000\u00a5\u00a6\u0001\u0000\u0000\u0000\u00a6\u00a4"+
		"\u0001\u0000\u0000\u0000\u00a6\u00a7\u0001\u0000\u0000\u0000\u00a7\u0017"+
		"\u0001\u0000\u0000\u0000\u00a8\u00a9\u0003 \u0010\u0000\u00a9\u0019\u0001"+
		"\u0000\u0000\u0000\u00aa\u00ab\u0003 \u0010\u0000\u00ab\u001b\u0001\u0000"+
		"\u0000\u0000\u00ac\u00ad\u0005\u0005\u0000\u0000\u00ad\u00ae\u0003\u001e"+
		"\u000f\u0000\u00ae\u00af\u0005\u001f\u0000\u0000\u00af\u00b0\u0005$\u0000"+
		"\u0000\u00b0\u00b1\u0005\u0006\u0000\u0000\u00b1\u00b2\u0003\u001e\u000f"+
		"\u0000\u00b2\u001d\u0001\u0000\u0000\u0000\u00b3\u00b5\u0005 \u0000\u0000"+
		"\u00b4\u00b3\u0001\u0000\u0000\u0000\u00b4\u00b5\u0001\u0000\u0000\u0000"+
		"\u00b5\u00b6\u0001\u0000\u0000\u0000\u00b6\u00b7\u0005\u0019\u0000\u0000"+
		"\u00b7\u001f\u0001\u0000\u0000\u0000\u00b8\u00ba\b\u0003\u0000\u0000\u00b9"+
		"\u00b8\u0001\u0000\u0000\u0000\u00ba\u00bb\u0001\u0000\u0000\u0000\u00bb"+
		"\u00b9\u0001\u0000\u0000\u0000\u00bb\u00bc\u0001\u0000\u0000\u0000\u00bc"+
		"!\u0001\u0000\u0000\u0000\u00bd\u00bf\b\u0004\u0000\u0000\u00be\u00bd"+
		"\u0001\u0000\u0000\u0000\u00bf\u00c2\u0001\u0000\u0000\u0000\u00c0\u00be"+
		"\u0001\u0000\u0000\u0000\u00c0\u00c1\u0001\u0000\u0000\u0000\u00c1#\u0001"+
		"\u0000\u0000\u0000\u00c2\u00c0\u0001\u0000\u0000\u0000\u00c3\u00c4\u0003"+
		"&\u0013\u0000\u00c4\u00c5\u0005\u001e\u0000\u0000\u00c5\u00c6\u0005$\u0000"+
		"\u0000\u00c6\u00c7\u0003*\u0015\u0000\u00c7%\u0001\u0000\u0000\u0000\u00c8"+
		"\u00cb\u0005!\u0000\u0000\u00c9\u00cb\u0003(\u0014\u0000\u00ca\u00c8\u0001"+
		"\u0000\u0000\u0000\u00ca\u00c9\u0001\u0000\u0000\u0000\u00cb\u00ce\u0001"+
		"\u0000\u0000\u0000\u00cc\u00ca\u0001\u0000\u0000\u0000\u00cc\u00cd\u0001"+
		"\u0000\u0000\u0000\u00cd\u00cf\u0001\u0000\u0000\u0000\u00ce\u00cc\u0001"+
		"\u0000\u0000\u0000\u00cf\u00d0\u0005\u0018\u0000\u0000\u00d0\'\u0001\u0000"+
		"\u0000\u0000\u00d1\u00d3\u0007\u0005\u0000\u0000\u00d2\u00d1\u0001\u0000"+
		"\u0000\u0000\u00d3\u00d4\u0001\u0000\u0000\u0000\u00d4\u00d2\u0001\u0000"+
		"\u0000\u0000\u00d4\u00d5\u0001\u0000\u0000\u0000\u00d5\u00d6\u0001\u0000"+
		"\u0000\u0000\u00d6\u00d7\u0005!\u0000\u0000\u00d7)\u0001\u0000\u0000\u0000"+
		"\u00d8\u00da\u0005\u0001\u0000\u0000\u00d9\u00db\u0005$\u0000\u0000\u00da"+
		"\u00d9\u0001\u0000\u0000\u0000\u00da\u00db\u0001\u0000\u0000\u0000\u00db"+
		"\u00dc\u0001\u0000\u0000\u0000\u00dc\u00dd\u0005\"\u0000\u0000\u00dd\u00de"+
		"\u0003\u001e\u000f\u0000\u00de\u00df\u0005$\u0000\u0000\u00df\u00e0\u0005"+
		"\u0016\u0000\u0000\u00e0\u00e2\u0005#\u0000\u0000\u00e1\u00e3\u0005$\u0000"+
		"\u0000\u00e2\u00e1\u0001\u0000\u0000\u0000\u00e2\u00e3\u0001\u0000\u0000"+
		"\u0000\u00e3\u00e4\u0001\u0000\u0000\u0000\u00e4\u00e6\u0005\u0002\u0000"+
		"\u0000\u00e5\u00e7\u0005$\u0000\u0000\u00e6\u00e5\u0001\u0000\u0000\u0000"+
		"\u00e6\u00e7\u0001\u0000\u0000\u0000\u00e7\u00f6\u0001\u0000\u0000\u0000"+
		"\u00e8\u00e9\u0005\u0003\u0000\u0000\u00e9\u00ea\u0005$\u0000\u0000\u00ea"+
		"\u00eb\u0003\u001e\u000f\u0000\u00eb\u00ec\u0005$\u0000\u0000\u00ec\u00ed"+
		"\u0005\u0004\u0000\u0000\u00ed\u00ee\u0005$\u0000\u0000\u00ee\u00ef\u0003"+
		"\u001e\u000f\u0000\u00ef\u00f0\u0005$\u0000\u0000\u00f0\u00f2\u0005\u0016"+
		"\u0000\u0000\u00f1\u00f3\u0005$\u0000\u0000\u00f2\u00f1\u0001\u0000\u0000"+
		"\u0000\u00f2\u00f3\u0001\u0000\u0000\u0000\u00f3\u00f6\u0001\u0000\u0000"+
		"\u0000\u00f4\u00f6\u0003\"\u0011\u0000\u00f5\u00d8\u0001\u0000\u0000\u0000"+
		"\u00f5\u00e8\u0001\u0000\u0000\u0000\u00f5\u00f4\u0001\u0000\u0000\u0000"+
		"\u00f6+\u0001\u0000\u0000\u0000\u00199@DGNSUY_a\u0084\u0089\u00a0\u00a6"+
		"\u00b4\u00bb\u00c0\u00ca\u00cc\u00d4\u00da\u00e2\u00e6\u00f2\u00f5";
	public static final ATN _ATN =
		new ATNDeserializer().deserialize(_serializedATN.toCharArray());
	static {
		_decisionToDFA = new DFA[_ATN.getNumberOfDecisions()];
		for (int i = 0; i < _ATN.getNumberOfDecisions(); i++) {
			_decisionToDFA[i] = new DFA(_ATN.getDecisionState(i), i);
		}
	}
}