// A default interface method that writes the implementing object's list, called through the interface on the
// published object.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Calls.Round10.DefaultInterfaceMethodWrites;

public interface ITagged
{
    List<string> Tags { get; }

    void Tag(string tag) => Tags.Add(tag);
}

public sealed class Service : ITagged
{
    public List<string> Tags { get; } = new();
}

public static class Tagging
{
    public static void Run(Slot<Service> slot)
    {
        var service = new Service();
        service.Tags.Add("v1");
        slot.Publish(service);
        ITagged tagged = service;
        tagged.Tag("canary"); // expect: WEFT0002
    }
}
