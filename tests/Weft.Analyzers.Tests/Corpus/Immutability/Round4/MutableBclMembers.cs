// An edge proxy's settings snapshot holds BCL types that are mutable although they look like values: StringBuilder,
// IPAddress (settable ScopeId), Random, ConditionalWeakTable, Memory<byte> (a writable view), CancellationTokenSource.
// Each is "a member whose own type is not deeply immutable" (WEFT0001). Readings taken: ReadOnlyMemory<byte> is "a
// read-only view" over an array someone else can change, like IReadOnlyList<T>. Lazy<T> of an immutable T is accepted
// by the WEFT0001 page ("its default mode creates the value once, under a lock, and every thread then reads the same
// immutable value"): the marker this file first had on Aliases predates that decision.
using System;
using System.Collections.Immutable;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Weft;

namespace Corpus.Round4.MutableBclMembers;

[ThreadLocalSlot]
public sealed partial class EdgeSettings
{
    public StringBuilder Banner { get; init; } = new(); // expect: WEFT0001 "Banner"
    public IPAddress ListenAddress { get; init; } = IPAddress.Any; // expect: WEFT0001 "ListenAddress"
    public Random Jitter { get; init; } = new(); // expect: WEFT0001 "Jitter"
    public ConditionalWeakTable<object, string> Labels { get; init; } = new(); // expect: WEFT0001 "Labels"
    public Memory<byte> Preamble { get; init; } // expect: WEFT0001 "Preamble"
    public ReadOnlyMemory<byte> Trailer { get; init; } // expect: WEFT0001 "Trailer"
    public Lazy<ImmutableArray<string>> Aliases { get; init; } = new(() => ImmutableArray<string>.Empty);
    public CancellationTokenSource Shutdown { get; init; } = new(); // expect: WEFT0001 "Shutdown"
}
