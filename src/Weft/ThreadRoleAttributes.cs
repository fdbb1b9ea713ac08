using System;

namespace Weft;

// The thread-role contract between the runtime, the generated code and the analyzers. An API says with these
// attributes where its arguments go and where its delegates run; the analyzers read the attributes by metadata name
// (WeftNames.*Attribute) and never match method or parameter names, so a new API is understood because of its
// attributes alone.

/// <summary>
/// The argument is published by reference to every thread of the pool: after the call it is shared, read by every
/// worker at once, and must not be changed again (WEFT0002). Its type must be deeply immutable (WEFT0007) unless it is
/// the slot's own value, typed by the slot's type parameter (<c>Slot&lt;T&gt;.Publish(T)</c>, a generated
/// <c>PublishAsync</c>): that type is the slot's declaration's business — a <c>[ThreadLocalSlot]</c> snapshot type must
/// be deeply immutable (WEFT0001); a <c>Slot&lt;List&lt;T&gt;&gt;</c> declared over a mutable type may publish a list
/// built whole, and relies on WEFT0002 alone.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class PublishedAttribute : Attribute
{
}

/// <summary>
/// The argument is handed to the call's callbacks when they run (the state of <c>Post&lt;TState&gt;(callback, state)</c>):
/// it goes wherever they run, as if they had captured it, so worker-owned state passed here leaves the caller's
/// thread with a callback that runs on another one (WEFT0004).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class PassedToCallbackAttribute : Attribute
{
}

/// <summary>
/// The delegate runs on every thread of the pool, concurrently, each on its own loop: it must not mutate state that
/// it captured from the caller (WEFT0008), and what it captures is shared by every thread at once.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RunsOnEveryWorkerAttribute : Attribute
{
}

/// <summary>
/// The delegate builds one thread's own instance and runs once on each thread of the pool: it must return a new
/// object on every call and must not mutate captured state (WEFT0008).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class PerWorkerFactoryAttribute : Attribute
{
}

/// <summary>The delegate runs later on the pool's main dispatcher (for example a completion callback).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RunsOnMainAttribute : Attribute
{
}

/// <summary>
/// The delegate runs on another thread than the caller's: the loop of the receiving dispatcher, the thread pool, a
/// timer thread. Worker-owned state captured by it escapes its worker (WEFT0004), and a thread-local slot's
/// <c>Current</c> read inside it is not the caller's (WEFT0005).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RunsOnAnotherThreadAttribute : Attribute
{
}

/// <summary>
/// The delegate (or the work item's <c>Execute</c>) runs on the loop that owns the receiver (the worker that owns a
/// connection or file event), never on the caller's thread unless the caller is that loop. Worker-owned state of that
/// loop may be used inside it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RunsOnOwningLoopAttribute : Attribute
{
}

/// <summary>
/// The delegate runs on a loop of the pool that the callee picks for each call (the worker an accepted connection is
/// balanced to), not on the caller's: worker-owned state captured from the caller leaves its worker (WEFT0004), while
/// a thread-local slot's <c>Current</c> read inside it is the picked loop's own, which is what such a callback is for.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RunsOnChosenLoopAttribute : Attribute
{
}

/// <summary>
/// The member returns data shared by every thread of the pool (a snapshot slot's value): it is read-only for
/// everybody, and writing to it or to anything reached through it is a data race (WEFT0003). On a parameter: the
/// method receives such data, and its body is judged so (a write through the parameter is WEFT0003).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = true)]
public sealed class SharedSnapshotAttribute : Attribute
{
}

/// <summary>
/// The member returns state owned by the calling thread (a per-worker slot's value): it may be mutated there and must
/// not reach another thread (WEFT0004). On a parameter: the method receives such state, and its body is judged so
/// (handing the parameter to another thread is WEFT0004).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = true)]
public sealed class WorkerOwnedAttribute : Attribute
{
}

/// <summary>
/// The member reads thread-local state and has a meaning only on a loop thread of a pool; called elsewhere it throws
/// or answers for the wrong thread (WEFT0005).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RequiresLoopThreadAttribute : Attribute
{
}

/// <summary>
/// The member returns the loop of the calling thread (or null off a loop). A delegate posted to it with
/// <see cref="RunsOnOwningLoopAttribute"/> stays on the caller's thread, so the caller's worker-owned state may go with
/// it (WEFT0004 stays quiet); a delegate posted to any other loop leaves the caller's thread.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CallingThreadLoopAttribute : Attribute
{
}

/// <summary>
/// The calling thread runs the loop this member is called on (<see cref="Threading.Dispatcher.Run"/>,
/// <see cref="Threading.Dispatcher.RunOnce"/>): from the call on, that thread is the loop's own, so the loop's
/// <see cref="RequiresLoopThreadAttribute"/> members may be called there (after the exit too, as
/// <see cref="Threading.Dispatcher.DeferredDelete"/> documents). WEFT0005 reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RunsLoopOnCallingThreadAttribute : Attribute
{
}
