// A health checker publishes the healthy hosts and raises its own field-like event with the same list; the handler
// its constructor subscribes sorts the list in place, at the raise, after the publish (WEFT0002 at the raise).
using System;
using System.Collections.Generic;
using System.Linq;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.PublishedEventSorts;

public sealed class HealthPublisher
{
    private readonly Slot<List<string>> _healthy;
    public event Action<List<string>>? Published;
    public string Summary { get; private set; } = "";

    public HealthPublisher(Slot<List<string>> healthy)
    {
        _healthy = healthy;
        Published += hosts => hosts.Sort(StringComparer.Ordinal);
    }

    public void OnProbeRound(IEnumerable<(string Host, bool Up)> results)
    {
        var hosts = results.Where(r => r.Up).Select(r => r.Host).ToList();
        _healthy.Publish(hosts);
        Published?.Invoke(hosts); // expect: WEFT0002
    }
}
