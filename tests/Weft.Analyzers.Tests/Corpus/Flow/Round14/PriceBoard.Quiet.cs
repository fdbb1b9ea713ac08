// Quiet twin of PriceBoard: the board publishes a copy of the pooled batch (ToArray), so the `using` block's Dispose
// clears and returns a list no worker reads.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.Flow.R14.PriceBoardQuiet;

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
        using (var batch = TickBatch.Rent())
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
            _board.Publish(batch.Items.ToArray());
            return batch.Items.Count;
        }
    }
}
