// WEFT0002: an RCU-style swap keeps the live version in a field and uses Interlocked.Exchange to install the next one;
// the previous version it returns was published by an earlier call, so clearing it for reuse races the workers still
// reading it. A property setter of a helper that receives the published object and clears it is the same write.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus5a.ExchangeReturnsPreviousVersion;

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

    public void Swap(IEnumerable<string> rows)
    {
        var next = new Table();
        next.Rows.AddRange(rows);
        var previous = Interlocked.Exchange(ref _live, next);
        slot.Publish(next);
        previous.Rows.Clear(); // expect: WEFT0002
        new Recycler().Target = next; // expect: WEFT0002
    }
}
