// Generic helpers over lists, used across the codebase.
using System;
using System.Collections.Generic;

namespace Corpus.Calls.R14.RouteCatalogQuiet;

public static class ListExtensions
{
    /// <summary>Sorts the list in place and removes adjacent duplicates, keeping the first of each run.</summary>
    public static int DedupeSorted<T>(this List<T> list, Func<T, T, bool> same)
        where T : IComparable<T>
    {
        list.Sort();
        int write = 0;
        for (int read = 0; read < list.Count; read++)
        {
            if (write == 0 || !same(list[write - 1], list[read]))
            {
                list[write++] = list[read];
            }
        }

        int removed = list.Count - write;
        list.RemoveRange(write, removed);
        return removed;
    }

    public static bool None<T>(this IReadOnlyCollection<T> items) => items.Count == 0;
}
