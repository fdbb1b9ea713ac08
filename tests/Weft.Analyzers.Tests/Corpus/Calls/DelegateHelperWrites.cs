// The writing helper is a lambda kept in a local, invoked with the snapshot's list.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Calls.DelegateHelper;

[ThreadLocalSlot]
public sealed partial class Mirrors
{
    public List<string> Urls { get; init; } = new(); // expect: WEFT0001
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
        ensureDefault(Mirrors.Current.Urls); // expect: WEFT0003
        return Mirrors.Current.Urls[0];
    }
}
