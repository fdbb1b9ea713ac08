using System;

namespace Weft.Net;

/// <summary>
/// The pause before the next accept after failures in a row: the minimum first, doubling each time up to the
/// maximum; a successful accept starts over.
/// </summary>
internal struct AcceptBackoff
{
    private readonly TimeSpan _minimum;
    private readonly TimeSpan _maximum;
    private TimeSpan _next;

    public AcceptBackoff(TimeSpan minimum, TimeSpan maximum)
    {
        _minimum = minimum;
        _maximum = maximum;
        _next = minimum;
    }

    /// <summary>The pause to take now; the one after it is twice as long (up to the maximum).</summary>
    public TimeSpan Next()
    {
        TimeSpan now = _next;
        _next = now >= _maximum / 2 ? _maximum : now * 2;
        return now;
    }

    /// <summary>An accept succeeded: the next failure pauses for the minimum again.</summary>
    public void Reset() => _next = _minimum;
}
