// A client-settings snapshot types its members by interface: a retry policy interface and IEnumerable<string>.
// Readings taken: an interface-typed member is like `object` ("may hold an instance of any type ... nothing at the
// declaration says otherwise") and like an unsealed type, so it is reported even though today's implementation is
// immutable; IEnumerable<T> is a read-only view a List<T> can sit behind (like IReadOnlyList<T>).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.InterfaceTypedMembers;

public interface IRetryPolicy
{
    TimeSpan Delay(int attempt);
}

public sealed class ExponentialRetry : IRetryPolicy
{
    public TimeSpan Base { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan Delay(int attempt) => Base * Math.Pow(2, attempt);
}

[ThreadLocalSlot]
public sealed partial class ClientSettings
{
    public IRetryPolicy Retry { get; init; } = new ExponentialRetry(); // expect: WEFT0001 "Retry"
    public IEnumerable<string> Hosts { get; init; } = Array.Empty<string>(); // expect: WEFT0001 "Hosts"
}
