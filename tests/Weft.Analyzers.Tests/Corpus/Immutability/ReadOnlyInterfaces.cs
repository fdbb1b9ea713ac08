// Decision: IEnumerable<T> is treated like IReadOnlyList<T> (a view the page lists): the analyzer cannot know what
// object stands behind it.
// Read-only interfaces are views: whoever built the list can still change it under the readers.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Views;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public IReadOnlyList<string> Skus { get; init; } = []; // expect: WEFT0001
    public IReadOnlyDictionary<string, decimal> Prices { get; init; } = new Dictionary<string, decimal>(); // expect: WEFT0001
    public IEnumerable<string> Regions { get; init; } = []; // expect: WEFT0001
}
