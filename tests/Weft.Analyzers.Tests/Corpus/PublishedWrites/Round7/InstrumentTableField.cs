// Trading: the instrument registry keeps the current table in a field, adds a listing to its dictionary and publishes
// the same table object again. The first publish made the field published state, so the next listing writes what the
// workers read, even though the write is above the publish in the text. Twin: a new table on every path (design:
// "a method that builds a new one on every path before writing it").
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.InstrumentTableField;

public sealed record Instrument(string Symbol, decimal TickSize, int LotSize);

public sealed class InstrumentTable
{
    public InstrumentTable(Dictionary<string, Instrument> bySymbol, long sequence)
    {
        BySymbol = bySymbol;
        Sequence = sequence;
    }

    public Dictionary<string, Instrument> BySymbol { get; }
    public long Sequence { get; }
}

public sealed class InstrumentRegistry
{
    private readonly Slot<InstrumentTable> _slot;
    private InstrumentTable _table = new(new Dictionary<string, Instrument>(), 0);

    public InstrumentRegistry(WorkerPool pool) => _slot = pool.AllocateSlot<InstrumentTable>();

    public void List(Instrument instrument)
    {
        _table = new InstrumentTable(_table.BySymbol, _table.Sequence + 1);
        _table.BySymbol[instrument.Symbol] = instrument; // expect: WEFT0002
        _slot.Publish(_table);
    }

    public bool IsListed(string symbol) => _table.BySymbol.ContainsKey(symbol);
}

public static class InstrumentRules
{
    public static bool IsValidTick(decimal tick) => tick > 0 && tick <= 100;

    public static bool IsValidLot(int lot) => lot is > 0 and <= 1_000_000;
}
