// Round 15, WEFT0002 quiet twin (.case): the audit sink sorts and trims its own copy of the entries, so the handler's
// call after the publish changes nothing the workers read.
using System;
using System.Collections.Generic;

namespace Corpus.Round15.AuditSinkAfterPublishQuiet;

public interface IAuditSink
{
    void Record(string who, List<string> entries);
}

public sealed class TrimmingAuditSink : IAuditSink
{
    private readonly List<string> _lines = [];

    public void Record(string who, List<string> entries)
    {
        List<string> copy = [.. entries];
        copy.Sort(StringComparer.Ordinal);
        copy.RemoveAll(static e => e.StartsWith('#'));
        _lines.Add($"{who}: {string.Join(',', copy)}");
    }
}
