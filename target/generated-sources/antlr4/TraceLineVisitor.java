// Generated from TraceLine.g4 by ANTLR 4.13.2
package io.downtime.grammar;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;

/**
 * This interface defines a complete generic visitor for a parse tree produced
 * by {@link TraceLineParser}.
 *
 * @param <T> The return type of the visit operation. Use {@link Void} for
 * operations with no return type.
 */
public interface TraceLineVisitor<T> extends ParseTreeVisitor<T> {
	/**
	 * Visit a parse tree produced by the {@code isoStamped}
	 * labeled alternative in {@link TraceLineParser#line}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIsoStamped(TraceLineParser.IsoStampedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code idStamped}
	 * labeled alternative in {@link TraceLineParser#line}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIdStamped(TraceLineParser.IdStampedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code unstamped}
	 * labeled alternative in {@link TraceLineParser#line}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitUnstamped(TraceLineParser.UnstampedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code unstampedMessage}
	 * labeled alternative in {@link TraceLineParser#line}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitUnstampedMessage(TraceLineParser.UnstampedMessageContext ctx);
	/**
	 * Visit a parse tree produced by the {@code isoEvent}
	 * labeled alternative in {@link TraceLineParser#isoLine}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIsoEvent(TraceLineParser.IsoEventContext ctx);
	/**
	 * Visit a parse tree produced by the {@code isoMessage}
	 * labeled alternative in {@link TraceLineParser#isoLine}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIsoMessage(TraceLineParser.IsoMessageContext ctx);
	/**
	 * Visit a parse tree produced by the {@code logStamp}
	 * labeled alternative in {@link TraceLineParser#stampedEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLogStamp(TraceLineParser.LogStampContext ctx);
	/**
	 * Visit a parse tree produced by the {@code stapStamp}
	 * labeled alternative in {@link TraceLineParser#stampedEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStapStamp(TraceLineParser.StapStampContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#event}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEvent(TraceLineParser.EventContext ctx);
	/**
	 * Visit a parse tree produced by the {@code bareUnderstoodEvent}
	 * labeled alternative in {@link TraceLineParser#bareEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBareUnderstoodEvent(TraceLineParser.BareUnderstoodEventContext ctx);
	/**
	 * Visit a parse tree produced by the {@code bareOtherEvent}
	 * labeled alternative in {@link TraceLineParser#bareEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBareOtherEvent(TraceLineParser.BareOtherEventContext ctx);
	/**
	 * Visit a parse tree produced by the {@code deviceSave}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDeviceSave(TraceLineParser.DeviceSaveContext ctx);
	/**
	 * Visit a parse tree produced by the {@code deviceLoad}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDeviceLoad(TraceLineParser.DeviceLoadContext ctx);
	/**
	 * Visit a parse tree produced by the {@code checkpoint}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCheckpoint(TraceLineParser.CheckpointContext ctx);
	/**
	 * Visit a parse tree produced by the {@code stateChange}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStateChange(TraceLineParser.StateChangeContext ctx);
	/**
	 * Visit a parse tree produced by the {@code downtimeSent}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDowntimeSent(TraceLineParser.DowntimeSentContext ctx);
	/**
	 * Visit a parse tree produced by the {@code downtimeReceived}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDowntimeReceived(TraceLineParser.DowntimeReceivedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code destinationAbort}
	 * labeled alternative in {@link TraceLineParser#understoodEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDestinationAbort(TraceLineParser.DestinationAbortContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#otherEvent}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitOtherEvent(TraceLineParser.OtherEventContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#eventName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEventName(TraceLineParser.EventNameContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#deviceArgs}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDeviceArgs(TraceLineParser.DeviceArgsContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#sectionType}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitSectionType(TraceLineParser.SectionTypeContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#idstr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIdstr(TraceLineParser.IdstrContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#idstrWord}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIdstrWord(TraceLineParser.IdstrWordContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#checkpointName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCheckpointName(TraceLineParser.CheckpointNameContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#stateName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStateName(TraceLineParser.StateNameContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#limitAndSourceDowntime}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLimitAndSourceDowntime(TraceLineParser.LimitAndSourceDowntimeContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#number}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNumber(TraceLineParser.NumberContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#word}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitWord(TraceLineParser.WordContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#anyText}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAnyText(TraceLineParser.AnyTextContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#qemuMessage}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitQemuMessage(TraceLineParser.QemuMessageContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#program}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitProgram(TraceLineParser.ProgramContext ctx);
	/**
	 * Visit a parse tree produced by {@link TraceLineParser#pathPart}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPathPart(TraceLineParser.PathPartContext ctx);
	/**
	 * Visit a parse tree produced by the {@code abortLimitReached}
	 * labeled alternative in {@link TraceLineParser#message}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAbortLimitReached(TraceLineParser.AbortLimitReachedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code downtimeLimitExceeded}
	 * labeled alternative in {@link TraceLineParser#message}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDowntimeLimitExceeded(TraceLineParser.DowntimeLimitExceededContext ctx);
	/**
	 * Visit a parse tree produced by the {@code plainMessage}
	 * labeled alternative in {@link TraceLineParser#message}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPlainMessage(TraceLineParser.PlainMessageContext ctx);
}