using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace EdgeProxy;

/// <summary>
/// The default connection cap, derived from the file-descriptor limit as HAProxy derives <c>maxconn</c>: every
/// proxied connection holds two descriptors (client and upstream), and some are kept for the runtime, the listeners,
/// the admin endpoint and health checks.
/// </summary>
public static class ConnectionLimits
{
    /// <summary>Descriptors kept aside for everything that is not a proxied connection.</summary>
    public const int ReservedDescriptors = 64;

    /// <summary>Per listener: the descriptors left after the reserve, two per connection, shared by the listeners.</summary>
    public static int DefaultPerListener(long fileDescriptorLimit, int listeners) =>
        (int)Math.Clamp((fileDescriptorLimit - ReservedDescriptors) / 2 / Math.Max(1, listeners), 1, int.MaxValue);

    /// <summary>
    /// One warning line per listener whose configured cap takes the process past its descriptor limit (every
    /// listener's cap, two descriptors per connection, plus <see cref="ReservedDescriptors"/>), as HAProxy warns
    /// when <c>maxconn</c> exceeds what <c>ulimit -n</c> allows. Empty when the caps fit.
    /// </summary>
    public static IReadOnlyList<string> OverLimitWarnings(IReadOnlyList<(string Listener, int Cap, bool Configured)> listeners, long fileDescriptorLimit)
    {
        long needed = ReservedDescriptors + listeners.Sum(l => 2L * l.Cap);
        if (needed <= fileDescriptorLimit)
        {
            return [];
        }

        return listeners.Where(l => l.Configured).Select(l =>
            $"Listener '{l.Listener}': max_connections {l.Cap} needs up to {2L * l.Cap} file descriptors (2 per connection; {needed} with every listener and {ReservedDescriptors} reserved), " +
            $"above this process's limit of {fileDescriptorLimit} (ulimit -n): past the limit, accepts fail and back off. Lower max_connections or raise the limit.").ToList();
    }

    /// <summary>The soft RLIMIT_NOFILE of this process (Linux: /proc/self/limits), or 65536 where it cannot be read.</summary>
    public static long FileDescriptorLimit()
    {
        try
        {
            string? line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            string[] fields = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (fields.Length > 0 && long.TryParse(fields[0], out long soft))
            {
                return soft;
            }

            if (fields.Length > 0 && fields[0] == "unlimited")
            {
                return int.MaxValue;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return 65536;
    }
}
