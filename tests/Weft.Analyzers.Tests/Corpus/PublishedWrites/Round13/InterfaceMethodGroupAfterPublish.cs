// An editor held through its interface is taken as a method group into an Action and invoked with the list after the
// publish (the page: "a delegate invoked with the object that writes it"). #escape: at the invocation or at the write.
using System;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.PublishedWrites.InterfaceMethodGroupAfterPublish;

public interface IEditor
{
    void Apply(List<string> hosts);
}

public sealed class Deduplicate : IEditor
{
    public void Apply(List<string> hosts) => hosts.RemoveAll(h => h.Length == 0); // expect: WEFT0002 #escape
}

public static class Publisher
{
    public static void Publish(Slot<List<string>> slot, IEnumerable<string> configured)
    {
        IEditor editor = new Deduplicate();
        Action<List<string>> edit = editor.Apply;
        var hosts = new List<string>(configured);
        slot.Publish(hosts);
        edit(hosts); // expect: WEFT0002 #escape
    }
}
