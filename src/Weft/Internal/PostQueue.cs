using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Internal;

/// <summary>
/// A dispatcher's queue of posts: unbounded, many producers, the loop thread the one consumer, made of
/// <see cref="PostRing"/>s. In steady state (the loop keeps up) the same ring is reused and nothing is allocated; a
/// burst larger than the ring freezes it and links a ring twice the size. <see cref="Close"/> admits nothing more but
/// keeps every post admitted before it. Items are written and run in place: see <see cref="PostRing"/> for the layout.
/// </summary>
internal sealed class PostQueue
{
    // 512 Ki positions (28 MB: 16-byte cells, 8-byte state slots, 32-byte inline areas), as deep as a burst gets before
    // further rings of this size are linked.
    private const int MaxRingCapacity = 1 << 19;

    private readonly object _growLock = new();
    private PostRing _head;
    private PostRing _tail;
    private bool _closed;

    public PostQueue(int initialCapacity = 1024)
    {
        if (initialCapacity < PostRing.MaxPositionsPerPost || (initialCapacity & (initialCapacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(initialCapacity), initialCapacity, $"Must be a power of two, at least {PostRing.MaxPositionsPerPost}.");
        }

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
                    tail.Freeze();
                    var next = new PostRing(Math.Min(tail.Capacity * 2, MaxRingCapacity));
                    tail.Next = next;
                    Volatile.Write(ref _tail, next);
                }
            }
        }
    }
}
