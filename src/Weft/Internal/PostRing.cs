using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace Weft.Internal;

/// <summary>
/// One bounded ring of a dispatcher's <see cref="PostQueue"/>: many producers claim positions with one
/// compare-and-swap, the loop thread reads them in place. A post takes one position, or several when its state
/// travels in the inline words (32 bytes of state per position). The first position's cell holds the invoker and the
/// callback; a state of up to 4 bytes rides in the invoker word itself (a packed word, 64-bit processes); anything
/// else a post carries sits in side arrays at the same index: a reference state in an 8-byte slot, a state of up to 8
/// bytes in an 8-byte word, a larger unmanaged state in the inline words (which start on a cache line). So a post of a
/// delegate or of a <c>Post&lt;int&gt;</c> writes 16 bytes (four posts to a cache line), a <c>Post&lt;long&gt;</c>
/// 16 + 8 bytes (eight words to a line), and a post with a 64-byte state 16 + 64 bytes in two sequential streams, the
/// 64 filling one line when the post starts at an even position.
/// </summary>
/// <remarks>
/// A cell is visible when its invoker is non-zero (written last, with release semantics). The loop reads a run of
/// items without writing to their cells, then clears the run's cells and reference states in one pass and frees its
/// positions with one write of its head; a run stops a lap on from its start, where it would meet its own first cell
/// not yet cleared. Producers never read a cell: a position below the head plus the capacity is free, and they keep
/// that limit cached (refreshed once a lap). A frozen ring admits nothing more (the freeze adds two laps to the tail),
/// which is how the queue grows, returns home and closes; a frozen ring the loop has drained can be reopened.
/// </remarks>
internal sealed unsafe class PostRing
{
    /// <summary>The most positions one post takes: 4, so states of up to 128 bytes travel inline.</summary>
    public const int MaxPositionsPerPost = 4;

    /// <summary>Bytes of unmanaged state one position carries.</summary>
    public const int BytesPerPosition = WordsPerPosition * sizeof(long);

    private const int WordsPerPosition = 4;

    private const int WordsPerCacheLine = CacheLine.Size / sizeof(long);

    private readonly PostCell[] _cells;
    private readonly object?[] _states;

    // States of up to 8 bytes (ids, handles, Post<int>): one word per position, eight posts to a cache line.
    private readonly long[] _smallWords;

    // A post's inline words are contiguous from its first position; a post that wraps past the last index writes into
    // the slack after it (positions it owns), so no state is ever split. The array is pinned so that the words can
    // start on a cache line: a 64-byte state at an even position then fills one line, not parts of two.
    private readonly long[] _wordStore;
    private readonly long* _words;
    private readonly long _mask;
    private readonly long _freezeOffset;
    private LoopSide _loop;
    private PaddedLong _tail;

    // Positions below this are known free (the loop's head, a lap on), so a post need not read its cell before
    // claiming it. Refreshed from the head once a lap; stale is only conservative.
    private PaddedLong _producerLimit;
    private long _frozenTail;

    // The tail when the ring was (re)opened: positions go on across reuse, so a lap's use is counted from here.
    private long _openedAt;
    private volatile bool _frozen;
    private PostRing? _next;

    public PostRing(int capacity)
    {
        Debug.Assert(capacity >= MaxPositionsPerPost && (capacity & (capacity - 1)) == 0, "capacity must be a power of two that holds the largest post");
        _cells = new PostCell[capacity];
        _states = new object?[capacity];
        _smallWords = new long[capacity];
        _wordStore = GC.AllocateArray<long>(((capacity + MaxPositionsPerPost) * WordsPerPosition) + WordsPerCacheLine, pinned: true);
        nint first = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_wordStore));
        _words = (long*)((first + CacheLine.Size - 1) & ~(nint)(CacheLine.Size - 1));
        _mask = capacity - 1;
        _freezeOffset = 2L * capacity;
        _producerLimit.Value = capacity;
    }

    public int Capacity => _cells.Length;

    public PostRing? Next
    {
        get => Volatile.Read(ref _next);
        set => Volatile.Write(ref _next, value);
    }

    public bool IsFrozen => _frozen;

    /// <summary>Positions claimed by producers, whether or not their item is visible yet.</summary>
    public long ClaimedCount
    {
        get
        {
            if (_frozen)
            {
                return _frozenTail;
            }

            long tail = Volatile.Read(ref _tail.Value);
            // Between a freeze's add and its flag the tail carries the freeze offset; a live ring never holds more than
            // its capacity, so a larger distance is that offset: take it off, or the queue-depth gauge spikes.
            return tail - Volatile.Read(ref _loop.Head) > _cells.Length ? tail - _freezeOffset : tail;
        }
    }

    /// <summary>Once frozen: the positions claimed since the ring was (re)opened (how much of a burst it held).</summary>
    public long PositionsUsed => _frozenTail - _openedAt;

    /// <summary>Positions claimed since the ring was (re)opened, frozen or not (any thread; a live ring's is a snapshot).</summary>
    public long PositionsClaimed => ClaimedCount - _openedAt;

    /// <summary>Positions the loop has freed.</summary>
    public long DequeuedCount => Volatile.Read(ref _loop.Head);

    /// <summary>True while a claimed position has not been freed (its item may still be being written).</summary>
    public bool HasUndequeued => ClaimedCount != Volatile.Read(ref _loop.Head);

    /// <summary>Loop thread: the state of the packed post being run, handed from its invoker word to its invoker.</summary>
    public uint PackedState
    {
        get => _loop.PackedState;
        set => _loop.PackedState = value;
    }

    /// <summary>Loop thread: the first position not yet freed.</summary>
    public long Head => _loop.Head;

    /// <summary>Loop thread: true when the item at the head is visible. Reads only the cell its producer writes anyway.</summary>
    public bool HasVisibleItem => Volatile.Read(ref _cells[_loop.Head & _mask].Invoker) != 0;

    /// <summary>
    /// Claims <paramref name="positions"/> consecutive positions; false when they do not fit (full) or the ring is
    /// frozen. The caller then writes them and publishes with <see cref="Publish"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryClaim(int positions, out long position)
    {
        while (true)
        {
            long claimed = Volatile.Read(ref _tail.Value);
            long end = claimed + positions;
            if (end > Volatile.Read(ref _producerLimit.Value) && !RefreshLimit(end))
            {
                position = 0;
                return false;
            }

            if (Interlocked.CompareExchange(ref _tail.Value, end, claimed) == claimed)
            {
                ConcurrencyTestHooks.AfterCellClaimed?.Invoke();
                position = claimed;
                return true;
            }
        }
    }

    /// <summary>Producer, after a claim: where the claimed position's reference state goes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref object? StateAt(long position) => ref _states[position & _mask];

    /// <summary>Producer after a claim, or the loop while it runs the item: the word of a state of up to 8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref long SmallWordAt(long position) => ref _smallWords[position & _mask];

    /// <summary>Producer after a claim, or the loop while it runs the item: the inline words from <paramref name="position"/> on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref long WordsAt(long position) => ref _words[(position & _mask) * WordsPerPosition];

    /// <summary>True when the inline words start on a cache line (tests).</summary>
    internal bool WordsAreLineAligned => ((nint)_words & (CacheLine.Size - 1)) == 0;

    /// <summary>Producer: makes the item at a claimed <paramref name="position"/> visible, after its state was written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Publish(long position, nint invoker, object callback)
    {
        ref PostCell cell = ref _cells[position & _mask];
        cell.Callback = callback;
        Volatile.Write(ref cell.Invoker, invoker);
    }

    /// <summary>
    /// Loop thread: reads the item at <paramref name="position"/> if it is visible, leaving its cell as it is (see
    /// <see cref="ClearAndFree"/>). <paramref name="runStart"/> is the head the run began at: a run stops a lap on from
    /// it, where it would meet its own first cell, not yet cleared.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryRead(long position, long runStart, out nint invoker, out object callback)
    {
        ref PostCell cell = ref _cells[position & _mask];
        invoker = Volatile.Read(ref cell.Invoker);
        if (invoker == 0 || position - runStart >= _cells.Length)
        {
            callback = null!;
            return false;
        }

        callback = cell.Callback!;
        return true;
    }

    /// <summary>Loop thread: the reference state of an item being run (cleared with its run's cells).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object? ReadState(long position)
    {
        _loop.RunReadStates = true;
        return _states[position & _mask];
    }

    /// <summary>
    /// Loop thread, after a run: clears the cells and reference states of positions <paramref name="from"/> up to
    /// <paramref name="to"/> (at most a lap) in one pass, then frees them for producers with one write of the head.
    /// </summary>
    /// <remarks>
    /// Clearing after the run rather than as each item is taken keeps the loop from writing, once per item, into a cache
    /// line a producer may still be filling with the next posts: each line goes back to the producers once per run.
    /// </remarks>
    public void ClearAndFree(long from, long to)
    {
        Debug.Assert(to - from <= _cells.Length && from == _loop.Head, "a run is cleared from the head, at most a lap");
        int start = (int)(from & _mask);
        int length = (int)(to - from);
        int first = Math.Min(length, _cells.Length - start);
        _cells.AsSpan(start, first).Clear();
        _cells.AsSpan(0, length - first).Clear();
        if (_loop.RunReadStates)
        {
            // Only runs that carried reference states (continuations, Post<T> of a class) touch the state slots.
            _loop.RunReadStates = false;
            _states.AsSpan(start, first).Clear();
            _states.AsSpan(0, length - first).Clear();
        }

        Volatile.Write(ref _loop.Head, to);
    }

    /// <summary>Stops further claims. Called by one thread at a time (the owner's grow lock).</summary>
    public void Freeze()
    {
        if (_frozen)
        {
            return;
        }

        CompleteFreeze(BeginFreeze());
    }

    /// <summary>
    /// Makes a frozen ring the loop has drained and left (or a ring never used) claimable, for the queue to link as its
    /// new tail. Called under the owner's grow lock, with the tail it follows already frozen.
    /// </summary>
    /// <remarks>
    /// Positions go on from the frozen tail (they only ever grow), so a producer that read this ring's tail in its
    /// earlier life cannot complete a claim with that stale value. A producer holding this ring from then that claims
    /// once it is reopened claims in the queue's tail (or the ring about to be linked as it, after a frozen tail): the
    /// same as a fresh claim. The cells are clear, as the loop cleared each run before freeing it.
    /// </remarks>
    public void Reopen()
    {
        Debug.Assert(_frozen ? _loop.Head == _frozenTail : _tail.Value == 0, "only a drained frozen ring, or an unused one, is reopened");
        long start = Volatile.Read(ref _tail.Value);
        _next = null;
        _frozenTail = 0;
        _openedAt = start;
        _frozen = false;
        // Either write lets a claim through; harmless before the link, as the cells are clear and the loop reads this
        // ring only once the queue links it (a volatile write after these).
        _producerLimit.Value = start + _cells.Length;
        Volatile.Write(ref _loop.Head, start);
    }

    /// <summary>First half of <see cref="Freeze"/>: stops claims; returns the positions claimed. (Tests observe the gap.)</summary>
    internal long BeginFreeze() => Interlocked.Add(ref _tail.Value, _freezeOffset) - _freezeOffset;

    internal void CompleteFreeze(long claimed)
    {
        _frozenTail = claimed;
        _frozen = true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool RefreshLimit(long end)
    {
        // A lap on from the loop's head, or frozen (the freeze offset puts the tail two laps out).
        long limit = Volatile.Read(ref _loop.Head) + _cells.Length;
        if (end > limit)
        {
            return false;
        }

        Volatile.Write(ref _producerLimit.Value, limit);
        return true;
    }
}

/// <summary>
/// What the loop writes in a ring, on lines of its own (a full line of padding before, as <see cref="PaddedLong"/>):
/// the head, which producers read once a lap, whether the current run read a reference state, and the state of the
/// packed post being run.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 2 * CacheLine.Size)]
internal struct LoopSide
{
    [FieldOffset(CacheLine.Size)]
    public long Head;

    [FieldOffset(CacheLine.Size + sizeof(long))]
    public bool RunReadStates;

    [FieldOffset(CacheLine.Size + sizeof(long) + sizeof(int))]
    public uint PackedState;
}

/// <summary>A post's first position: how to run it (non-zero once visible) and the delegate or work item to run.</summary>
internal struct PostCell
{
    public nint Invoker;
    public object? Callback;
}
