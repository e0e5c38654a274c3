using System.Net;
using System.Text;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>
/// Builds an email's HTML and plain-text bodies side by side from a few blocks. Every string passed in is
/// HTML-encoded here, and links must be absolute http(s) addresses, so no template can forget to encode a product
/// name, an address or a reason typed by a person.
/// </summary>
internal sealed class EmailBody(StoreBranding brand)
{
    private const string Ink = "#1f2433";
    private const string Muted = "#5f6577";
    private const string Line = "#e4e6ee";

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();

    public string Html => _html.ToString();
    public string Text => _text.ToString().TrimEnd() + "\n";

    public EmailBody Heading(string text)
    {
        _html.Append($"""<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:{Ink}">{E(text)}</h1>""");
        _text.Append(text).Append('\n').Append(new string('=', text.Length)).Append("\n\n");
        return this;
    }

    public EmailBody Paragraph(string text)
    {
        _html.Append($"""<p style="margin:0 0 16px;font-size:15px;line-height:1.6;color:{Ink}">{E(text)}</p>""");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public EmailBody Note(string text)
    {
        _html.Append($"""<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:{Muted}">{E(text)}</p>""");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public EmailBody Button(string label, string url)
    {
        var href = SafeUrl(url);
        _html.Append($"""<p style="margin:8px 0 24px"><a href="{E(href)}" style="display:inline-block;padding:12px 22px;border-radius:6px;background:{brand.BrandColor};color:#ffffff;font-weight:600;font-size:15px;text-decoration:none">{E(label)}</a></p>""");
        _text.Append(label).Append(": ").Append(href).Append("\n\n");
        return this;
    }

    public EmailBody Details(params (string Label, string? Value)[] rows)
    {
        var shown = rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)).ToList();
        _html.Append("""<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 20px">""");
        foreach (var (label, value) in shown)
        {
            _html.Append($"""<tr><td style="padding:4px 12px 4px 0;font-size:14px;color:{Muted};white-space:nowrap">{E(label)}</td>""");
            _html.Append($"""<td style="padding:4px 0;font-size:14px;color:{Ink}">{E(value!)}</td></tr>""");
            _text.Append(label).Append(": ").Append(value).Append('\n');
        }
        _html.Append("</table>");
        _text.Append('\n');
        return this;
    }

    public EmailBody Lines(IEnumerable<EmailLine> lines)
    {
        _html.Append($"""<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 8px;border-top:1px solid {Line}">""");
        foreach (var line in lines)
        {
            var detail = string.IsNullOrWhiteSpace(line.Detail) ? "" : $"""<br><span style="font-size:13px;color:{Muted}">{E(line.Detail)}</span>""";
            _html.Append($"""<tr><td style="padding:10px 0;border-bottom:1px solid {Line};font-size:14px;color:{Ink}">{E(line.Name)}{detail}</td>""");
            _html.Append($"""<td style="padding:10px 8px;border-bottom:1px solid {Line};font-size:14px;color:{Muted};text-align:center;white-space:nowrap">× {line.Quantity}</td>""");
            _html.Append($"""<td style="padding:10px 0;border-bottom:1px solid {Line};font-size:14px;color:{Ink};text-align:right;white-space:nowrap">{E(line.Amount)}</td></tr>""");
            var name = string.IsNullOrWhiteSpace(line.Detail) ? line.Name : $"{line.Name} ({line.Detail})";
            _text.Append($"- {name} x {line.Quantity}  {line.Amount}\n");
        }
        _html.Append("</table>");
        _text.Append('\n');
        return this;
    }

    /// <summary>Money rows under the lines; the last row is the total and stands out.</summary>
    public EmailBody Totals(params (string Label, string Amount)[] rows)
    {
        _html.Append("""<table role="presentation" style="width:100%;border-collapse:collapse;margin:0 0 24px">""");
        for (var i = 0; i < rows.Length; i++)
        {
            var last = i == rows.Length - 1;
            var style = last ? $"font-size:16px;font-weight:700;color:{Ink};padding-top:8px" : $"font-size:14px;color:{Muted}";
            _html.Append($"""<tr><td style="padding:3px 0;{style}">{E(rows[i].Label)}</td><td style="padding:3px 0;text-align:right;{style}">{E(rows[i].Amount)}</td></tr>""");
            _text.Append($"{rows[i].Label}: {rows[i].Amount}\n");
        }
        _html.Append("</table>");
        _text.Append('\n');
        return this;
    }

    public EmailBody Address(string title, IEnumerable<string> lines)
    {
        var all = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        _html.Append($"""<p style="margin:0 0 4px;font-size:13px;font-weight:600;color:{Muted};text-transform:uppercase;letter-spacing:.04em">{E(title)}</p>""");
        _html.Append($"""<p style="margin:0 0 20px;font-size:14px;line-height:1.5;color:{Ink}">{string.Join("<br>", all.Select(E))}</p>""");
        _text.Append(title).Append(":\n").Append(string.Join("\n", all)).Append("\n\n");
        return this;
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);

    /// <summary>Only absolute http(s) links go into an email; anything else is a bug upstream.</summary>
    internal static string SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri
            : throw new InvalidOperationException($"'{url}' is not an absolute http(s) link.");
}
