// Decision: a property getter whose body stores into the object is a write to it; reading it after the publish
// writes the published object (racing the workers that read the same property).
// Round 2. A lazily computed summary cached by the getter, read after the publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Calls.Round2.LazyGetter;

public sealed class HostTable(List<string> hosts)
{
    private string? _summary;

    public IReadOnlyList<string> Hosts => hosts;

    public string Summary => _summary ??= string.Join(",", hosts);
}

public static class Publisher
{
    public static string Publish(Slot<HostTable> slot, List<string> hosts)
    {
        var table = new HostTable(hosts);
        slot.Publish(table);
        return table.Summary; // expect: WEFT0002
    }
}
