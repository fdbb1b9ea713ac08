// Quiet twin of InterfaceTypedMembers: the policy is held at its sealed, immutable type (which still implements the
// interface, with a default interface method and a static abstract member), hosts as an ImmutableArray, and a backoff
// delegate (WEFT0001: delegates are accepted).
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.InterfaceTypedMembersQuiet;

public interface IRetryPolicy<TSelf>
    where TSelf : IRetryPolicy<TSelf>
{
    static abstract TSelf Default { get; }

    TimeSpan Delay(int attempt);

    TimeSpan Total(int attempts)
    {
        var total = TimeSpan.Zero;
        for (int i = 0; i < attempts; i++)
        {
            total += Delay(i);
        }

        return total;
    }
}

public sealed class ExponentialRetry : IRetryPolicy<ExponentialRetry>
{
    public static ExponentialRetry Default { get; } = new();

    public TimeSpan Base { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan Delay(int attempt) => Base * Math.Pow(2, attempt);
}

[ThreadLocalSlot]
public sealed partial class ClientSettings
{
    public ExponentialRetry Retry { get; init; } = ExponentialRetry.Default;
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public Func<int, TimeSpan> Backoff { get; init; } = static attempt => TimeSpan.FromMilliseconds(10 * attempt);
}
