// Quiet twin of SymbolListFeedEvent: the handler publishes a new list with the added symbol.
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
            var next = new List<string>(_symbols) { instrument.Symbol };
            _symbols = next;
            _slot.Publish(next);
        };
    }

    public void Load(IEnumerable<string> symbols)
    {
        _symbols = new List<string>(symbols);
        _slot.Publish(_symbols);
    }
}
