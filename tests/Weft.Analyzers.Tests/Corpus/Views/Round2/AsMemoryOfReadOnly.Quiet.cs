// Round 2. The greeting is copied into a fresh buffer before it is changed.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.Round2.AsMemory;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public ImmutableArray<byte> Greeting { get; init; }
}

public static class Greeter
{
    public static Memory<byte> Uppercase()
    {
        Memory<byte> writable = Banner.Current.Greeting.AsMemory().ToArray();
        writable.Span[0] = (byte)'H';
        return writable;
    }
}
