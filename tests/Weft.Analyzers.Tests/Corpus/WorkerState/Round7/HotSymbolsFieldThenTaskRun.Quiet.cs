// Quiet twin of HotSymbolsFieldThenTaskRun: the hot set is copied into an array on the worker.
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
        string[] hot = (_hot ?? new HashSet<string>()).ToArray();
        return Task.Run(() => _sink.ReportAsync(hot.OrderBy(s => s)));
    }
}
