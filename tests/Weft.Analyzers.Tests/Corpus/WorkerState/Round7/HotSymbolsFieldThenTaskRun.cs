// Trading: a worker's quote engine remembers its hot-symbol set in a field when it starts (one method) and, on a
// later admin request (another method), reports it on the thread pool. The field holds the worker's own set.
// Twin: the report copies the set into an array on the worker first.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.HotSymbolsFieldThenTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class QuoteState
{
    public HashSet<string> Hot { get; } = new();
}

public interface IAdminSink
{
    Task ReportAsync(IEnumerable<string> symbols);
}

public sealed class QuoteEngineHost
{
    private readonly IAdminSink _sink;
    private HashSet<string>? _hot;

    public QuoteEngineHost(IAdminSink sink) => _sink = sink;

    public void Start() => _hot = QuoteState.Current.Hot;

    public void OnQuote(string symbol)
    {
        if (_hot is { Count: < 100 }) _hot.Add(symbol);
    }

    public Task ReportHot()
    {
        HashSet<string> hot = _hot ?? new HashSet<string>();
        return Task.Run(() => _sink.ReportAsync(hot.OrderBy(s => s))); // expect: WEFT0004
    }
}
