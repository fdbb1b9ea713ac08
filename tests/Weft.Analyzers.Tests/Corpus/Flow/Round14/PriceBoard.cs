// A market-data fan-in on main: price ticks are collected into a pooled batch (a lease over a pooled List<Tick> that
// returns the list to the pool, cleared, when disposed) and each batch is published to the workers. The publish
// hands the lease's own list to the slot, and the `using` block's Dispose at the end of its scope clears it and
// returns it to the pool for the next batch (WEFT0002: the page counts the Dispose a `using` block calls at the end of
// its scope as a call of your method, and your Dispose writes the published list). The page does not say on which
// line that implicit call is reported: the `using` line and the block's closing brace were one #escape group; the page
// now says the `using` resource's line. The quiet
// twin publishes a copy of the batch.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Flow.R14.PriceBoardDefect;

public readonly record struct Tick(string Symbol, decimal Bid, decimal Ask, long Sequence);

public sealed class TickBatch : IDisposable
{
    private static readonly ConcurrentBag<List<Tick>> s_pool = new();

    private TickBatch(List<Tick> items) => Items = items;

    public List<Tick> Items { get; }

    public static TickBatch Rent() => new(s_pool.TryTake(out var list) ? list : new List<Tick>(512));

    public void Dispose()
    {
        Items.Clear();
        s_pool.Add(Items);
    }
}

public sealed class PriceBoard
{
    private readonly Slot<IReadOnlyList<Tick>> _board;
    private readonly Dictionary<string, long> _lastSequence = new(StringComparer.Ordinal);
    private long _dropped;

    public PriceBoard(Slot<IReadOnlyList<Tick>> board) => _board = board;

    public long Dropped => _dropped;

    public int Publish(IEnumerable<Tick> incoming)
    {
        using (var batch = TickBatch.Rent()) // expect: WEFT0002
        {
            foreach (var tick in incoming)
            {
                if (_lastSequence.TryGetValue(tick.Symbol, out var last) && tick.Sequence <= last)
                {
                    _dropped++;
                    continue;
                }

                _lastSequence[tick.Symbol] = tick.Sequence;
                batch.Items.Add(tick);
            }

            if (batch.Items.Count == 0)
            {
                return 0;
            }

            batch.Items.Sort(static (a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
            _board.Publish(batch.Items);
            return batch.Items.Count;
        }
    }
}
