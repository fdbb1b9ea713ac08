// A user Registry<T> published through a Slot; Register after the publish adds to the published registry's list. The message names the registry local.
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

namespace Corpus.Messages.Round10.RegistryAddAfterPublish;

public sealed class Registry<T>
{
    private readonly List<T> _items = new();

    public void Register(T item) => _items.Add(item);

    public IEnumerable<T> Items => _items;
}

public static class Plugins
{
    public static void Load(Slot<Registry<string>> slot)
    {
        var registry = new Registry<string>();
        registry.Register("auth");
        slot.Publish(registry);
        registry.Register("metrics"); // expect: WEFT0002 "registry"
    }
}
