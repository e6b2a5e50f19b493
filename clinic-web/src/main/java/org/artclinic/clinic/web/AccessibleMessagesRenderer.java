package org.artclinic.clinic.web;

import java.io.IOException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages (p:messages) with valid list markup. PrimeFaces writes each message as
 * {@code <li role="alert">} inside a {@code <ul>}; a list item with another role breaks the list
 * for assistive technology (axe-core rule "list", serious). Here the item stays a plain list item
 * and the alert role moves to the message text inside it, so the message is still announced as
 * soon as it appears. Registered for p:messages in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new AlertInsideItem(writer), messages, message, severity, escape);
    }

    /** Moves role="alert" from a list item to the first element inside it. */
    private static final class AlertInsideItem extends ResponseWriterWrapper {

        private String element;
        private boolean alertPending;

        AlertInsideItem(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            element = name;
            if (alertPending && !"li".equals(name)) {
                super.writeAttribute("role", "alert", null);
                alertPending = false;
            }
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && "role".equals(name) && "alert".equals(value)) {
                alertPending = true;
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
