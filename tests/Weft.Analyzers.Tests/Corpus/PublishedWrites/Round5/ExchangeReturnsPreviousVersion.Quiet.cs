// Quiet twin of ExchangeReturnsPreviousVersion: the swap publishes each new version and lets the previous one go
// (no reuse); the recycler is given a fresh draft table.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus5a.ExchangeReturnsPreviousVersionQuiet;

public sealed class Table
{
    public List<string> Rows { get; } = new();
}

public sealed class Recycler
{
    public Table Target { set => value.Rows.Clear(); }
}

public sealed class TablePublisher(Slot<Table> slot)
{
    private Table _live = new();

    public int Swap(IEnumerable<string> rows)
    {
        var next = new Table();
        next.Rows.AddRange(rows);
        var previous = Interlocked.Exchange(ref _live, next);
        slot.Publish(next);
        new Recycler().Target = new Table();
        return previous.Rows.Count;
    }
}
