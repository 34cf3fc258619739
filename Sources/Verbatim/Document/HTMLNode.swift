import CLibXML2

/// A borrowed view of one node in a libxml2 HTML tree.
///
/// Valid only while the `xmlDoc` that owns it is alive; never stored past a parse. Attribute and text
/// values are read straight from the tree, so nothing here allocates through libxml2 or needs `xmlFree`.
struct HTMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    /// Whether the node is an element (a tag).
    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether the node holds character data (text or CDATA).
    var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The element's tag name, lowercase as libxml2's HTML parser stores it; `""` for other nodes.
    var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }

    /// The parent node, if it is an element (the document node is not).
    var parentElement: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(parent)
    }

    /// A text node's content as UTF-8 bytes (libxml2 has already decoded entities); empty for elements.
    var textBytes: UnsafeBufferPointer<UInt8> {
        guard isText, let content = pointer.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
    }

    /// The value of the attribute `name` (lowercase, as libxml2's HTML parser stores attribute names),
    /// or `nil` when it is absent.
    func attribute(_ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, xmlStrEqual(attributeName, name) != 0 {
                var value = [UInt8]()
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content {
                        value.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                    }
                    child = node.pointee.next
                }
                return String(decoding: value, as: UTF8.self)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Whether an ancestor element is one of `names`.
    func hasAncestor(in names: Set<String>) -> Bool {
        var current = parentElement
        while let node = current {
            if names.contains(node.name) { return true }
            current = node.parentElement
        }
        return false
    }

    /// The concatenated text of all descendant text nodes, with whitespace runs collapsed and trimmed.
    var collapsedText: String {
        var builder = ParagraphTextBuilder()
        forEachDescendant { node in
            if node.isText { builder.appendText(node.textBytes) }
            return true
        }
        builder.endParagraph()
        return String(decoding: builder.output, as: UTF8.self)
    }

    /// Visits the descendants of this node in document order, without recursion (so deep trees cannot
    /// overflow the stack). `visit` returns whether to descend into the node it was given;
    /// `leave` is called after an element's descendants have been visited (or skipped).
    func forEachDescendant(_ visit: (HTMLNode) -> Bool, leave: (HTMLNode) -> Void = { _ in }) {
        guard var current = firstChild else { return }
        while true {
            if visit(current), let child = current.firstChild {
                current = child
                continue
            }
            leave(current)
            // Climb until a node has a next sibling, leaving each ancestor on the way up.
            while current.nextSibling == nil {
                guard let parent = current.pointer.pointee.parent, parent != pointer else { return }
                current = HTMLNode(parent)
                leave(current)
            }
            guard let next = current.nextSibling else { return }
            current = next
        }
    }
}
