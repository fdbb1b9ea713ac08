// A snapshot type whose base class lives in another file: the base holds
// an immutable array with an init-only property, so the sealed slot type inherits nothing writable.
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

namespace Corpus.Immutability.Round10.BaseClassInAnotherFileQuiet;

public abstract class ConfigBase
{
    public ImmutableArray<string> Tags { get; init; } = ImmutableArray<string>.Empty;

    public string Describe() => string.Join(",", Tags);
}
