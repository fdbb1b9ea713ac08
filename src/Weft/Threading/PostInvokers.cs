using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Weft.Internal;

namespace Weft.Threading;

/// <summary>
/// How the loop runs each shape of post, as function pointers stored in the post's cell (no delegate, no GC
/// reference, no allocation): each reads what its shape left in the ring (a reference state, inline words, or
/// nothing), moves the position past the post's positions, then runs the callback — or, when discarding, only releases.
/// </summary>
/// <remarks>
/// An invoker moves the position before it runs user code, so a callback that throws still leaves the loop at the
/// next post. Signature: (callback, ring, position of the post, run or discard).
/// </remarks>
internal static unsafe class PostInvokers
{
    public static nint Action => (nint)(delegate*<object, PostRing, ref long, bool, void>)&RunAction;

    public static nint WorkItem => (nint)(delegate*<object, PostRing, ref long, bool, void>)&RunWorkItem;

    public static nint SendOrPost => (nint)(delegate*<object, PostRing, ref long, bool, void>)&RunSendOrPost;

    /// <summary>Runs (or, with <paramref name="run"/> false, discards) the post at <paramref name="position"/> and moves past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invoke(nint invoker, object callback, PostRing ring, ref long position, bool run) =>
        ((delegate*<object, PostRing, ref long, bool, void>)invoker)(callback, ring, ref position, run);

    private static void RunAction(object callback, PostRing ring, ref long position, bool run)
    {
        position++;
        if (run)
        {
            Unsafe.As<Action>(callback)();
        }
    }

    private static void RunWorkItem(object callback, PostRing ring, ref long position, bool run)
    {
        position++;
        if (run)
        {
            Unsafe.As<IDispatcherWorkItem>(callback).Execute();
        }
    }

    private static void RunSendOrPost(object callback, PostRing ring, ref long position, bool run)
    {
        object? state = ring.ReadState(position);
        position++;
        if (run)
        {
            Unsafe.As<SendOrPostCallback>(callback)(state);
        }
    }
}

/// <summary>
/// The invokers of <c>Post&lt;TState&gt;</c>, one set per state type: a reference state rides in the post's state
/// slot; an unmanaged value state is copied into the ring, into the position's 8-byte word when it fits there and
/// otherwise into the inline words (one position per 32 bytes, up to <see cref="MaxInlineBytes"/> bytes); any other
/// value state (larger, or holding references) rides in a pooled holder.
/// </summary>
internal static unsafe class PostInvokers<TState>
{
    /// <summary>The largest unmanaged state copied into the ring; beyond it a pooled holder carries it.</summary>
    public const int MaxInlineBytes = PostRing.MaxPositionsPerPost * PostRing.BytesPerPosition;

    /// <summary>True when a post of this state type copies the state into the ring (a constant for the JIT).</summary>
    public static bool TravelsInline
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => typeof(TState).IsValueType && !RuntimeHelpers.IsReferenceOrContainsReferences<TState>() && Unsafe.SizeOf<TState>() <= MaxInlineBytes;
    }

    /// <summary>True when the state travels in the position's 8-byte word rather than the 32-byte inline area (a constant for the JIT).</summary>
    public static bool TravelsInSmallWord
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => TravelsInline && Unsafe.SizeOf<TState>() <= sizeof(long);
    }

    /// <summary>Positions an inline state takes.</summary>
    public static int InlinePositions
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (Unsafe.SizeOf<TState>() + PostRing.BytesPerPosition - 1) / PostRing.BytesPerPosition;
    }

    public static nint Reference => (nint)(delegate*<object, PostRing, ref long, bool, void>)&RunReference;

    public static nint Inline => (nint)(delegate*<object, PostRing, ref long, bool, void>)&RunInline;

    public static nint Held => (nint)(delegate*<object, PostRing, ref long, bool, void>)&RunHeld;

    /// <summary>Producer, into claimed positions: the state's bytes (an unmanaged value: no reference is hidden in the words).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteInline(PostRing ring, long position, TState state) =>
        Unsafe.WriteUnaligned(ref Unsafe.As<long, byte>(ref TravelsInSmallWord ? ref ring.SmallWordAt(position) : ref ring.WordsAt(position)), state);

    private static void RunReference(object callback, PostRing ring, ref long position, bool run)
    {
        object? state = ring.ReadState(position);
        position++;
        if (run)
        {
            Unsafe.As<Action<TState>>(callback)(Unsafe.As<object?, TState>(ref state));
        }
    }

    private static void RunInline(object callback, PostRing ring, ref long position, bool run)
    {
        TState state = Unsafe.ReadUnaligned<TState>(ref Unsafe.As<long, byte>(ref TravelsInSmallWord ? ref ring.SmallWordAt(position) : ref ring.WordsAt(position)));
        position += InlinePositions;
        if (run)
        {
            Unsafe.As<Action<TState>>(callback)(state);
        }
    }

    private static void RunHeld(object callback, PostRing ring, ref long position, bool run)
    {
        position++;
        StateHolder<TState> holder = Unsafe.As<StateHolder<TState>>(callback);
        if (run)
        {
            holder.Run();
        }
        else
        {
            holder.ReturnUnrun();
        }
    }
}

/// <summary>Carries a value state that cannot travel in the ring (larger than the inline words, or holding references).</summary>
internal sealed class StateHolder<TState> : PooledLink<StateHolder<TState>>
{
    public Action<TState>? Callback;
    public TState State = default!;

    /// <summary>Loop thread: returns the holder to its pool, then runs the callback with the state.</summary>
    public void Run()
    {
        Action<TState> callback = Callback!;
        TState state = State;
        Callback = null;
        State = default!;
        StateHolderPool<StateHolder<TState>>.Return(this);
        callback(state);
    }

    /// <summary>Returns the holder of a post that will not run (discarded at exit, or refused).</summary>
    public void ReturnUnrun()
    {
        Callback = null;
        State = default!;
        StateHolderPool<StateHolder<TState>>.Return(this);
    }
}
