using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Weft.Threading;

/// <summary>An object a <see cref="StateHolderPool{T}"/> can chain: one link for its thread's list, one for the shared stack of batches.</summary>
internal abstract class PooledLink<T>
    where T : PooledLink<T>
{
    internal T? NextFree;
    internal T? NextBatch;
}

/// <summary>
/// The pool behind <c>Post&lt;TState&gt;</c> with a state too large to travel in the queue cell: rented on the posting
/// thread, returned on the loop thread, with no lock and no allocation once it holds as many as are in flight.
/// </summary>
/// <remarks>
/// Each thread rents from a list of its own and returns into a batch of its own (plain loads and stores). A full
/// batch of <see cref="BatchSize"/> is pushed on one shared stack with one compare-and-swap; a thread whose list ran
/// dry takes the whole stack with one exchange (never a pop of one node, so no ABA), keeps one batch and pushes the
/// rest back. So a producer and its loop meet
/// on shared memory once per 64 posts, not per post. The pool keeps what it had to build, up to
/// <see cref="MaxRetained"/> per state type, so a burst deeper than any fixed pool allocates once, not every time.
/// A thread keeps at most one partial batch (63 holders) back from the others.
/// </remarks>
internal static class StateHolderPool<T>
    where T : PooledLink<T>, new()
{
    internal const int BatchSize = 64;

    /// <summary>Holders kept per state type (beyond it, full batches are left to the collector): 256k, 2^18.</summary>
    internal const int MaxRetained = 1 << 18;

    private static T? s_batches;
    private static int s_retained;

    [ThreadStatic]
    private static T? t_free;
    [ThreadStatic]
    private static T? t_returning;
    [ThreadStatic]
    private static int t_returningCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Rent()
    {
        T? holder = t_free;
        if (holder is null)
        {
            return RentSlow();
        }

        t_free = holder.NextFree;
        holder.NextFree = null;
        return holder;
    }

    public static void Return(T holder)
    {
        holder.NextFree = t_returning;
        t_returning = holder;
        if (++t_returningCount == BatchSize)
        {
            t_returning = null;
            t_returningCount = 0;
            PushBatch(holder);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T RentSlow()
    {
        T? list = Interlocked.Exchange(ref s_batches, null);
        if (list is not null)
        {
            // One batch is this thread's; the rest go back, so that no thread hoards what others need.
            Interlocked.Add(ref s_retained, -BatchSize);
            if (list.NextBatch is { } rest)
            {
                list.NextBatch = null;
                PushBatches(rest);
            }
        }
        else if (t_returning is not null)
        {
            // A thread that posts to its own loop rents back what it returned.
            list = t_returning;
            t_returning = null;
            t_returningCount = 0;
        }
        else
        {
            return new T();
        }

        t_free = list.NextFree;
        list.NextFree = null;
        return list;
    }

    private static void PushBatch(T head)
    {
        if (Volatile.Read(ref s_retained) >= MaxRetained)
        {
            return;
        }

        Interlocked.Add(ref s_retained, BatchSize);
        head.NextBatch = null;
        T? top = Volatile.Read(ref s_batches);
        while (true)
        {
            head.NextBatch = top;
            T? seen = Interlocked.CompareExchange(ref s_batches, head, top);
            if (ReferenceEquals(seen, top))
            {
                return;
            }

            top = seen;
        }
    }

    /// <summary>Pushes a chain of batches (linked by <see cref="PooledLink{T}.NextBatch"/>) back on the shared stack, already counted.</summary>
    private static void PushBatches(T first)
    {
        // Usually the stack is still empty since this thread took it: one compare-and-swap, no walk to the chain's end.
        if (Interlocked.CompareExchange(ref s_batches, first, null) is null)
        {
            return;
        }

        T last = first;
        while (last.NextBatch is { } next)
        {
            last = next;
        }

        T? top = Volatile.Read(ref s_batches);
        while (true)
        {
            last.NextBatch = top;
            T? seen = Interlocked.CompareExchange(ref s_batches, first, top);
            if (ReferenceEquals(seen, top))
            {
                return;
            }

            top = seen;
        }
    }
}
