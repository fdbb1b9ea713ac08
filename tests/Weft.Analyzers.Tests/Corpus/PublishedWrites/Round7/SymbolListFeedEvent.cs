// Trading: main publishes the tradable symbol list and keeps it current from the reference-data feed's InstrumentAdded
// event. The handler (a lambda on main) adds to the field's list — the list a previous Publish handed to the workers.
// Twin: the handler builds a new list and publishes it.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SymbolListFeedEvent;

public sealed record ListedInstrument(string Symbol, string Venue);

public sealed class ReferenceDataFeed
{
    public event Action<ListedInstrument>? InstrumentAdded;

    public void Raise(ListedInstrument instrument) => InstrumentAdded?.Invoke(instrument);
}

public sealed class TradableSymbols
{
    private readonly Slot<List<string>> _slot;
    private List<string> _symbols = new();

    public TradableSymbols(WorkerPool pool, ReferenceDataFeed feed)
    {
        _slot = pool.AllocateSlot<List<string>>();
        feed.InstrumentAdded += instrument =>
        {
            if (_symbols.Contains(instrument.Symbol)) return;
            _symbols.Add(instrument.Symbol); // expect: WEFT0002
            _slot.Publish(_symbols);
        };
    }

    public void Load(IEnumerable<string> symbols)
    {
        _symbols = new List<string>(symbols);
        _slot.Publish(_symbols);
    }
}
