// Quiet twin of SessionPolicy.case: the base class keeps the allowed origins in an ImmutableArray<string>, so the
// published policy inherits nothing mutable.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Corpus.Messages.R14.SessionPolicyQuiet;

public abstract class OriginPolicyBase
{
    protected OriginPolicyBase(IEnumerable<string> origins)
    {
        AllowedOrigins = origins.Select(o => o.TrimEnd('/').ToLowerInvariant()).Distinct().ToImmutableArray();
    }

    protected readonly ImmutableArray<string> AllowedOrigins;

    public bool IsAllowed(string? origin)
    {
        if (string.IsNullOrEmpty(origin))
        {
            return false;
        }

        var normalized = origin.TrimEnd('/').ToLowerInvariant();
        return AllowedOrigins.Any(o => o == "*" || string.Equals(o, normalized, StringComparison.Ordinal));
    }

    public int OriginCount => AllowedOrigins.Length;
}
