// Trading: the order-entry path on a worker looks the instrument up in the published table through a helper, then
// tags the spec with the worker that last quoted it. The helper returns snapshot data; Tags is the shared dictionary.
// Twin: the worker keeps its own last-quoted map.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.InstrumentTagsLookup;

public sealed class InstrumentSpec
{
    public required string Symbol { get; init; }
    public decimal TickSize { get; init; }
    public Dictionary<string, string> Tags { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class InstrumentTable
{
    public FrozenDictionary<string, InstrumentSpec> BySymbol { get; init; } = FrozenDictionary<string, InstrumentSpec>.Empty; // expect: WEFT0001
}

public sealed class QuoteEntry
{
    private readonly string _workerName;
    private readonly Dictionary<string, string> _lastQuoted = new();

    public QuoteEntry(string workerName) => _workerName = workerName;

    private static InstrumentSpec? Lookup(string symbol) =>
        InstrumentTable.Current.BySymbol.TryGetValue(symbol, out var spec) ? spec : null;

    public bool Accept(string symbol, decimal price)
    {
        InstrumentSpec? spec = Lookup(symbol);
        if (spec is null || price % spec.TickSize != 0) return false;
        spec.Tags["lastQuotedBy"] = _workerName; // expect: WEFT0003
        return true;
    }

    public string? LastQuotedBy(string symbol) => _lastQuoted.GetValueOrDefault(symbol);
}
