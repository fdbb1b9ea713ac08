using System;
using System.Runtime.CompilerServices;
using Weft.Internal;

namespace Weft.Threading;

/// <summary>An object a <see cref="StateHolderPool{T}"/> can chain into its thread's list and into a batch.</summary>
internal abstract class PooledLink<T>
    where T : PooledLink<T>
{
    internal T? NextFree;
}

/// <summary>
/// The pool behind <c>Post&lt;TState&gt;</c> with a state too large to travel in the queue cell: rented on the posting
/// thread, returned on the loop thread, with no lock and no allocation once it holds as many as are in flight.
/// </summary>
/// <remarks>
/// Each thread rents from a list of its own and returns into a batch of its own (plain loads and stores). A full
/// batch of <see cref="BatchSize"/> goes into one shared lock-free ring of batches (one compare-and-swap), and a
/// thread whose list ran dry takes one batch out (one compare-and-swap; the ring's per-cell sequence numbers rule out
/// ABA). So a producer and its loop meet on shared memory once per 64 posts, not per post. The pool keeps what it
/// had to build, up to <see cref="MaxRetained"/> per state type, so a burst deeper than any fixed pool allocates
/// while it grows, not every time. A thread keeps at most one partial batch (63 holders) back from the others.
/// </remarks>
internal static class StateHolderPool<T>
    where T : PooledLink<T>, new()
{
    internal const int BatchSize = 64;

    /// <summary>Holders kept per state type in full batches (beyond it, batches are left to the collector): 2^18.</summary>
    internal const int MaxRetained = 1 << 18;

    private static readonly RingSegment<T> s_batches = new(MaxRetained / BatchSize);

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
            // Full (the pool holds MaxRetained already): this batch is left to the collector.
            s_batches.TryEnqueue(holder);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T RentSlow()
    {
        if (!s_batches.TryDequeueMultiConsumer(out T? list))
        {
            if (t_returning is null)
            {
                return new T();
            }

            // A thread that posts to its own loop rents back what it returned.
            list = t_returning;
            t_returning = null;
            t_returningCount = 0;
        }

        t_free = list.NextFree;
        list.NextFree = null;
        return list;
    }
}
