// The same lambda, invoked with the worker's own list.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Calls.DelegateHelper;

[ThreadLocalSlot]
public sealed partial class Mirrors
{
    public ImmutableArray<string> Urls { get; init; }
}

public static class MirrorPicker
{
    public static string Pick()
    {
        Action<List<string>> ensureDefault = urls =>
        {
            if (urls.Count == 0)
            {
                urls.Add("https://mirror.example");
            }
        };
        var urls = new List<string>(Mirrors.Current.Urls);
        ensureDefault(urls);
        return urls[0];
    }
}
