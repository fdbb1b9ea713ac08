using System;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Internal;

/// <summary>
/// A dispatcher's queue of posts: unbounded, many producers, the loop thread the one consumer, made of
/// <see cref="PostRing"/>s. In steady state (the loop keeps up) the home ring is reused and nothing is allocated; a
/// burst larger than it freezes it and links a larger ring. When the loop runs dry in a large ring it has drained, it
/// freezes that ring and links the home ring again, so the posts after a burst walk a ring that fits in the caches.
/// <see cref="Close"/> admits nothing more but keeps every post admitted before it. Items are written and run in
/// place: see <see cref="PostRing"/> for the layout.
/// </summary>
/// <remarks>
/// Rings the loop has drained and left are kept for reuse: the home ring, and one large ring as a spare that the next
/// burst reopens instead of allocating (a dispatcher that bursts once tends to burst again, and a burst's rings are
/// large-object-heap arrays whose allocation would cost a gen-2 collection each time). The first burst grows through
/// a chain of doubling rings; going home after it, the loop makes sure the spare alone holds the whole burst, the
/// positions it took in the home ring included (allocating it then if the largest ring does not), so a burst as deep
/// as an earlier one allocates nothing: neither one that starts in the home ring nor one that starts while producers
/// are still in the large ring, before the loop has sent them home.
/// So a dispatcher holds at most its home ring, the ring in use and one spare of up to twice its deepest burst so far
/// (at most 512 Ki positions: deeper bursts link further rings of that size, allocated each time), and the spare only
/// until <see cref="SpareKeptWhileIdle"/> has passed on the loop's clock with no burst (<see cref="ReleaseSpareIfIdle"/>).
/// Every ring switch (growth, return home, close) happens under one lock after freezing the tail, and the loop drains
/// a frozen ring before it moves on, so posts claimed before a switch run before those claimed after it.
/// </remarks>
internal sealed class PostQueue
{
    // 512 Ki positions (32 MB: 16-byte cells, 8-byte state slots, 8-byte small words, 32-byte inline areas), as deep
    // as a burst gets before further rings of this size are linked.
    private const int MaxRingCapacity = 1 << 19;

    /// <summary>
    /// How long the loop keeps the spare while no burst takes the queue past its home ring: 60 s of its clock.
    /// </summary>
    /// <remarks>
    /// Time, not a count of parks: a busy loop parks thousands of times a second between posts and an idle one once in
    /// a long while, so a count would mean milliseconds on one and hours on the other. Releasing costs the next burst
    /// one allocation of up to 32 MB (zeroing it: milliseconds, and the large-object heap's next gen-2 collection); at
    /// most once a minute that is a few hundredths of a percent of one core, while bursts closer together than a minute
    /// keep reusing the spare and allocate nothing.
    /// </remarks>
    internal static readonly TimeSpan SpareKeptWhileIdle = TimeSpan.FromSeconds(60);

    private static readonly long SpareKeptWhileIdleTicks = (long)(SpareKeptWhileIdle.TotalSeconds * Stopwatch.Frequency);

    private readonly object _growLock = new();
    private readonly int _homeCapacity;
    private PostRing _head;
    private PostRing _tail;
    private bool _closed;

    // Drained rings the loop has left, kept for reuse (under _growLock): the home ring while a larger one is in use,
    // and the largest larger ring for the next burst.
    private PostRing? _idleHome;
    private PostRing? _spare;

    // How deep the burst went since producers last went home (under _growLock): the capacity of every ring that
    // filled, the home ring's included. The ring the burst ended in adds what was claimed in it when the loop reached
    // it (_claimedWhenEntered): from then on the rings before it are drained, so the burst stayed within that ring.
    // Not what was claimed in it in all: a ring the loop lives in through a long busy period, or through bursts that
    // start before it goes home, would count every post of that period and size the spare far past any one burst.
    private long _burstPositions;

    // Loop thread: positions claimed in the head ring when the loop moved into it.
    private long _claimedWhenEntered;

    // Growths and returns home so far (bumped under _growLock, read by the loop): the spare's idle time restarts at each.
    private long _burstEvents;

    // Loop thread: the last _burstEvents value it saw, and its clock when it first saw it.
    private long _seenBurstEvents;
    private long _quietSince;

    public PostQueue(int initialCapacity = 1024)
    {
        if (initialCapacity < PostRing.MaxPositionsPerPost || (initialCapacity & (initialCapacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity, $"Must be a power of two, at least {PostRing.MaxPositionsPerPost}.");
        }

        _homeCapacity = initialCapacity;
        _head = _tail = new PostRing(initialCapacity);
    }

    public bool IsClosed => Volatile.Read(ref _closed);

    /// <summary>
    /// Claims <paramref name="positions"/> positions in the tail ring, growing the queue when it is full; false when
    /// the queue is closed. The claim is a full fence: a read after it sees the consumer's parked flag.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PostRing? TryClaim(int positions, out long position)
    {
        PostRing tail = Volatile.Read(ref _tail);
        if (tail.TryClaim(positions, out position))
        {
            return tail;
        }

        return ClaimSlow(positions, out position);
    }

    /// <summary>Loop thread: the ring whose head item is visible (moving past drained frozen rings), or null when none is.</summary>
    public PostRing? RingWithVisibleItem()
    {
        while (true)
        {
            PostRing head = _head;
            if (head.HasVisibleItem)
            {
                return head;
            }

            if (!head.IsFrozen || head.HasUndequeued)
            {
                return null;
            }

            PostRing? next = head.Next;
            if (next is null)
            {
                return null;
            }

            _head = next;
            _claimedWhenEntered = next.PositionsClaimed;
            Retire(head);
        }
    }

    /// <summary>
    /// Loop thread, when it has found no visible item: if it is in a large ring that it has drained and producers are
    /// not in another, freezes that ring and links the home ring after it (producers claim there from now on).
    /// Posts claimed in the large ring before the freeze still run first: the loop drains a frozen ring before moving on.
    /// </summary>
    public void ReturnHomeIfDrained()
    {
        PostRing head = _head;
        // Cheap tests first (loop-owned fields); the producers' tail counter is read only in a large, idle ring.
        if (head.Capacity == _homeCapacity || head.IsFrozen || !ReferenceEquals(Volatile.Read(ref _tail), head) || head.HasUndequeued)
        {
            return;
        }

        int spareNeeded;
        lock (_growLock)
        {
            if (_closed || !ReferenceEquals(_tail, head))
            {
                return;
            }

            head.Freeze();
            _burstPositions += Math.Min(_claimedWhenEntered, head.Capacity);
            PostRing home = _idleHome ?? new PostRing(_homeCapacity);
            if (_idleHome is not null)
            {
                _idleHome = null;
                home.Reopen();
            }

            head.Next = home;
            Volatile.Write(ref _tail, home);
            HomeReturns++;
            Volatile.Write(ref _burstEvents, _burstEvents + 1);
            spareNeeded = (int)Math.Min(MaxRingCapacity, BitOperations.RoundUpToPowerOf2((ulong)_burstPositions));
            _burstPositions = 0;
            if (Math.Max(_spare?.Capacity ?? 0, head.Capacity) >= spareNeeded)
            {
                spareNeeded = 0;
            }
        }

        // Moves past the large ring at once if nothing was claimed in it between the test above and the freeze.
        RingWithVisibleItem();
        if (spareNeeded != 0)
        {
            // The burst went through a chain of rings; only the largest would be kept, too small to hold the next
            // burst like it alone. One ring as deep as the whole burst instead: the next one allocates nothing.
            KeepAsSpare(new PostRing(spareNeeded));
        }
    }

    /// <summary>Loop thread: true while a spare ring is kept (one reference read: checked once per loop iteration).</summary>
    public bool HoldsSpare => Volatile.Read(ref _spare) is not null;

    /// <summary>
    /// Loop thread, once per iteration with its clock's <paramref name="now"/>: drops the spare once
    /// <see cref="SpareKeptWhileIdle"/> has passed since the queue last grew or returned home (the idle time counts
    /// from the first call that sees the latest of those).
    /// </summary>
    public void ReleaseSpareIfIdle(long now)
    {
        if (!HoldsSpare)
        {
            return;
        }

        long events = Volatile.Read(ref _burstEvents);
        if (events != _seenBurstEvents)
        {
            _seenBurstEvents = events;
            _quietSince = now;
            return;
        }

        if (now - _quietSince < SpareKeptWhileIdleTicks)
        {
            return;
        }

        lock (_growLock)
        {
            // A producer that grew the queue since the read above may be about to want the spare: keep it then.
            if (_burstEvents == events)
            {
                _spare = null;
            }
        }
    }

    /// <summary>
    /// Loop thread, before it parks: clock ticks until <see cref="ReleaseSpareIfIdle"/> would drop the spare (0: due
    /// now), or -1 when none is kept. A parked loop with no timer armed would otherwise sleep on the spare for ever.
    /// </summary>
    public long TicksUntilSpareRelease(long now)
    {
        if (!HoldsSpare)
        {
            return -1;
        }

        if (Volatile.Read(ref _burstEvents) != _seenBurstEvents)
        {
            return SpareKeptWhileIdleTicks;
        }

        return Math.Max(0, _quietSince + SpareKeptWhileIdleTicks - now);
    }

    /// <summary>Loop thread: how many times producers were sent back to the home ring (tests check they were).</summary>
    internal long HomeReturns { get; private set; }

    /// <summary>Loop thread: the capacity of the ring producers claim in now (tests: the queue returns home after a burst).</summary>
    internal int TailCapacity => Volatile.Read(ref _tail).Capacity;

    /// <summary>The ring producers claim in now (tests look at what a post wrote).</summary>
    internal PostRing TailRing => Volatile.Read(ref _tail);

    /// <summary>Capacity of the large ring kept for the next burst, 0 when none (tests).</summary>
    internal int SpareCapacity
    {
        get
        {
            lock (_growLock)
            {
                return _spare?.Capacity ?? 0;
            }
        }
    }

    /// <summary>Loop thread: true when a post was admitted and not yet run, visible or still being written.</summary>
    public bool HasPending
    {
        get
        {
            PostRing head = _head;
            return head.HasUndequeued || !ReferenceEquals(Volatile.Read(ref _tail), head);
        }
    }

    /// <summary>
    /// Loop thread, for polling while spinning: true when the head ring's next item is visible, or the ring was
    /// replaced. Unlike <see cref="HasPending"/> it leaves the producers' tail counter alone.
    /// </summary>
    public bool HasVisibleWork
    {
        get
        {
            PostRing head = _head;
            return head.HasVisibleItem || head.IsFrozen;
        }
    }

    /// <summary>Approximate number of positions queued (a post with a large inline state takes several); any thread.</summary>
    public long Count
    {
        get
        {
            long count = 0;
            for (PostRing? ring = Volatile.Read(ref _head); ring is not null; ring = ring.Next)
            {
                count += Math.Max(0, ring.ClaimedCount - ring.DequeuedCount);
            }

            return count;
        }
    }

    /// <summary>Refuses every later post. Posts admitted before remain for the consumer.</summary>
    public void Close()
    {
        lock (_growLock)
        {
            if (_closed)
            {
                return;
            }

            Volatile.Write(ref _closed, true);
            _tail.Freeze();
        }
    }

    /// <summary>Loop thread: the ring whose head item is visible, waiting out producers still writing one; null when nothing is pending.</summary>
    public PostRing? RingWithVisibleItemWaitingForWriters()
    {
        var spinner = new SpinWait();
        while (true)
        {
            if (RingWithVisibleItem() is { } ring)
            {
                return ring;
            }

            if (!HasPending)
            {
                return null;
            }

            spinner.SpinOnce();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PostRing? ClaimSlow(int positions, out long position)
    {
        while (true)
        {
            PostRing tail = Volatile.Read(ref _tail);
            if (tail.TryClaim(positions, out position))
            {
                return tail;
            }

            lock (_growLock)
            {
                if (_closed)
                {
                    return null;
                }

                if (ReferenceEquals(tail, _tail))
                {
                    // The ring this producer found full may have been drained, kept and reopened as the tail since:
                    // growing past it then would freeze a ring with room in it.
                    if (tail.TryClaim(positions, out position))
                    {
                        return tail;
                    }

                    tail.Freeze();
                    _burstPositions += tail.Capacity;

                    int capacity = Math.Min(tail.Capacity * 2, MaxRingCapacity);
                    PostRing next;
                    if (_spare is { } spare && spare.Capacity >= capacity)
                    {
                        // A burst like an earlier one: straight to the ring that held it, nothing allocated.
                        _spare = null;
                        spare.Reopen();
                        next = spare;
                    }
                    else
                    {
                        next = new PostRing(capacity);
                    }

                    tail.Next = next;
                    Volatile.Write(ref _tail, next);
                    Volatile.Write(ref _burstEvents, _burstEvents + 1);
                }
            }
        }
    }

    /// <summary>Loop thread: keeps a drained ring it has just left, if it is worth keeping (see the remarks).</summary>
    private void Retire(PostRing ring)
    {
        lock (_growLock)
        {
            if (_closed)
            {
                return;
            }

            if (ring.Capacity == _homeCapacity)
            {
                _idleHome = ring;
                return;
            }
        }

        KeepAsSpare(ring);
    }

    /// <summary>Loop thread: keeps <paramref name="ring"/> (drained or new) for the next burst if it is larger than the spare.</summary>
    private void KeepAsSpare(PostRing ring)
    {
        lock (_growLock)
        {
            if (!_closed && (_spare is null || ring.Capacity > _spare.Capacity))
            {
                _spare = ring;
            }
        }
    }
}
