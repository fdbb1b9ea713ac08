// Round 2. The summary is computed once in the constructor; the getter only reads.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.LazyGetter;

public sealed class HostTable(List<string> hosts)
{
    private readonly string _summary = string.Join(",", hosts);

    public IReadOnlyList<string> Hosts => hosts;

    public string Summary => _summary;
}

public static class Publisher
{
    public static string Publish(Slot<HostTable> slot, List<string> hosts)
    {
        var table = new HostTable(hosts);
        slot.Publish(table);
        return table.Summary;
    }
}
