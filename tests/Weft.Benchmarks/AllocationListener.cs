using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;

namespace Weft.Benchmarks;

/// <summary>
/// Samples allocations by type in process (the runtime's allocation-tick events, about one per 100 KB allocated):
/// where an analyzer's garbage comes from, without a trace. The analyzer profile turns it on with WEFT_ALLOCS=1.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (data.EventName is not null && data.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && data.Payload is { } payload)
        {
            int typeAt = data.PayloadNames!.IndexOf("TypeName");
            int amountAt = data.PayloadNames.IndexOf("AllocationAmount64");
            string type = typeAt >= 0 ? payload[typeAt] as string ?? "?" : "?";
            long amount = amountAt >= 0 ? Convert.ToInt64(payload[amountAt], CultureInfo.InvariantCulture) : 100_000;
            _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }

    public void Reset() => _bytes.Clear();

    public void Print(int top)
    {
        long total = _bytes.Values.Sum();
        foreach (var pair in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {pair.Value / 1048576.0,7:F1} MB {100.0 * pair.Value / Math.Max(1, total),5:F1}%  {pair.Key}"));
        }
    }
}
