// Fisher-Yates shuffles.
using System;
using System.Collections.Generic;

namespace Corpus.Calls.R14.ConnectOrderQuiet;

public static class Shuffling
{
    public static void ShuffleInPlace<T>(this IList<T> items, Random rng)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public static T PickOne<T>(this IReadOnlyList<T> items, Random rng) => items[rng.Next(items.Count)];
}
