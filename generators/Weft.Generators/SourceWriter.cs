using System.Text;

namespace Weft.Generators;

/// <summary>Writes C# text line by line with managed indentation (cheaper than building syntax trees).</summary>
internal sealed class SourceWriter
{
    private const string Indent = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _atBlockStart;

    public SourceWriter Line(string line = "")
    {
        // A blank line right after an opening brace is never wanted: callers separate members without tracking which comes first.
        if (line.Length == 0 && _atBlockStart)
        {
            return this;
        }

        _atBlockStart = false;
        if (line.Length != 0)
        {
            for (int i = 0; i < _depth; i++)
            {
                _text.Append(Indent);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _depth++;
        _atBlockStart = true;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
