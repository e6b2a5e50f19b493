package org.artclinic.clinic.system;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;

import org.artclinic.clinic.demo.DemoDataSeeder;

/**
 * The last step of the web module's start (a servlet without a mapping, loaded after the Faces
 * servlet, web.xml): waits for the demo clinic, which is created on a container thread while Faces,
 * PrimeFaces and the rest of the web module start (decision 0063). The deployment therefore ends,
 * and the application answers, only once the demo data is there, as when it was created before the
 * web module started. Without demo seeding it returns at once.
 */
public class DemoClinicWait extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient DemoDataSeeder demoData;

    @Override
    public void init() throws ServletException {
        try {
            demoData.awaitDemoClinic();
        } catch (RuntimeException e) {
            throw new ServletException("The application cannot start: " + e.getMessage(), e);
        }
    }
}
