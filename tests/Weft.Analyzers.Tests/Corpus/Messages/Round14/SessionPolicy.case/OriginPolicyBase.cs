// A project of three files: an origin-checking base class shared by several policies (this file), the session policy
// published to every worker that derives from it (SessionPolicy.cs), and the gate that reads it on the workers and
// reloads it on main (SessionGate.cs). The base keeps the allowed origins in a List<string>: the page (WEFT0001,
// Inherited members) says the slot type is reported on its name, with the inherited member named in the message.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Messages.R14.SessionPolicyDefect;

public abstract class OriginPolicyBase
{
    protected OriginPolicyBase(IEnumerable<string> origins)
    {
        AllowedOrigins = origins.Select(o => o.TrimEnd('/').ToLowerInvariant()).Distinct().ToList();
    }

    protected readonly List<string> AllowedOrigins;

    public bool IsAllowed(string? origin)
    {
        if (string.IsNullOrEmpty(origin))
        {
            return false;
        }

        var normalized = origin.TrimEnd('/').ToLowerInvariant();
        return AllowedOrigins.Exists(o => o == "*" || string.Equals(o, normalized, StringComparison.Ordinal));
    }

    public int OriginCount => AllowedOrigins.Count;
}
