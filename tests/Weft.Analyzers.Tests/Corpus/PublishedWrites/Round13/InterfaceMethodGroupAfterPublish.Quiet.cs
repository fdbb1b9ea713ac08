// The quiet twin: the edit runs before the publish.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.InterfaceMethodGroupAfterPublishQuiet;

public interface IEditor
{
    void Apply(List<string> hosts);
}

public sealed class Deduplicate : IEditor
{
    public void Apply(List<string> hosts) => hosts.RemoveAll(h => h.Length == 0);
}

public static class Publisher
{
    public static void Publish(Slot<List<string>> slot, IEnumerable<string> configured)
    {
        IEditor editor = new Deduplicate();
        Action<List<string>> edit = editor.Apply;
        var hosts = new List<string>(configured);
        edit(hosts);
        slot.Publish(hosts);
    }
}
