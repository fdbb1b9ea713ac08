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

    // Invokers of posts whose state travels in the cell's invoker word (see PostInvokers<TState>.Packed), by id.
    // Replaced, never changed in place, when it grows: the loop may be reading the old one.
    private static nint[] s_packedInvokers = new nint[16];
    private static int s_packedCount;
    private static readonly object s_packedLock = new();

    /// <summary>Runs (or, with <paramref name="run"/> false, discards) the post at <paramref name="position"/> and moves past it.</summary>
    /// <remarks>
    /// A negative invoker word is a packed post: bit 63 marks it, bits 32–62 name its invoker, bits 0–31 are its state,
    /// handed over in <see cref="PostRing.PackedState"/>. A function pointer is a user-space address, never negative.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invoke(nint invoker, object callback, PostRing ring, ref long position, bool run)
    {
        if (invoker < 0)
        {
            ring.PackedState = (uint)invoker;
            invoker = Volatile.Read(ref s_packedInvokers)[(int)(((long)invoker >> PackedIdShift) & int.MaxValue)];
        }

        ((delegate*<object, PostRing, ref long, bool, void>)invoker)(callback, ring, ref position, run);
    }

    /// <summary>Where a packed invoker word's invoker id starts (bits 32–62; bits 0–31 hold the state).</summary>
    internal const int PackedIdShift = 32;

    /// <summary>Gives <paramref name="invoker"/> an id for packed invoker words; returns their tag (bit 63 and the id).</summary>
    internal static long RegisterPacked(nint invoker)
    {
        lock (s_packedLock)
        {
            nint[] table = s_packedInvokers;
            if (s_packedCount == table.Length)
            {
                Array.Resize(ref table, table.Length * 2);
            }

            int id = s_packedCount++;
            table[id] = invoker;
            // Published before any post can carry the id (the tag is handed out after this): the loop reads the table
            // after its acquire read of such a post's invoker word.
            Volatile.Write(ref s_packedInvokers, table);
            return long.MinValue | ((long)id << PackedIdShift);
        }
    }

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
/// slot; an unmanaged value state is copied into the ring: up to 4 bytes into the cell's own invoker word (64-bit
/// processes), up to 8 into the position's 8-byte word, otherwise into the inline words (one position per 32 bytes, up
/// to <see cref="MaxInlineBytes"/> bytes); any other value state (larger, or holding references) rides in a pooled
/// holder.
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

    /// <summary>
    /// True when a post of this state type carries the state in its cell's invoker word: an unmanaged value of up to 4
    /// bytes, in a 64-bit process (a constant for the JIT: it reads no static, so no class-initialisation check).
    /// </summary>
    /// <remarks>
    /// Why: with the loop right behind a producer, every line it reads is pulled back and forth once per post, and each
    /// claim's fence waits for it; a state in the small-word array made that two lines per post, twice the time of a
    /// post of a delegate (docs/benchmarks.md, "One producer, post8").
    /// </remarks>
    public static bool TravelsPacked
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IntPtr.Size == sizeof(long) && TravelsInline && Unsafe.SizeOf<TState>() <= sizeof(uint);
    }

    // The tag of this state type's packed invoker words: bit 63 and the invoker's id (see PostInvokers.Invoke).
    private static readonly long PackedTag = TravelsPacked ? PostInvokers.RegisterPacked((nint)(delegate*<object, PostRing, ref long, bool, void>)&RunPacked) : 0;

    /// <summary>Producer: the invoker word of a packed post of <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Packed(TState state)
    {
        uint bits = 0;
        Unsafe.WriteUnaligned(ref Unsafe.As<uint, byte>(ref bits), state);
        return (nint)(PackedTag | bits);
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

    private static void RunPacked(object callback, PostRing ring, ref long position, bool run)
    {
        uint bits = ring.PackedState;
        TState state = Unsafe.ReadUnaligned<TState>(ref Unsafe.As<uint, byte>(ref bits));
        position++;
        if (run)
        {
            Unsafe.As<Action<TState>>(callback)(state);
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
