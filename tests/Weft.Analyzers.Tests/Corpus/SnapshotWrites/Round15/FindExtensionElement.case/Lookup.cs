using System;
using System.Collections.Immutable;
using System.Linq;

namespace Corpus.Round15.FindExtensionElement;

public static class Lookup
{
    public static T? FindBy<T>(this ImmutableArray<T> items, Func<T, bool> match)
        where T : class =>
        items.FirstOrDefault(match);
}
