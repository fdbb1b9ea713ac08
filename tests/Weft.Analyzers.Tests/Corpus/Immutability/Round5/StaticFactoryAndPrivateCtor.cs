// WEFT0001: a snapshot built only through a static factory with a private constructor still exposes what the factory
// stored: an IReadOnlyList<T> member that is the caller's List<T> and an array property.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.StaticFactoryAndPrivateCtor;

[ThreadLocalSlot]
public sealed partial class Menu
{
    private Menu(IReadOnlyList<string> items, string[] tags) { Items = items; Tags = tags; }

    public IReadOnlyList<string> Items { get; } // expect: WEFT0001
    public string[] Tags { get; } // expect: WEFT0001

    public static Menu From(List<string> items, string[] tags) => new(items, tags);
}
